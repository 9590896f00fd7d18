import type { StoredForm } from '@factuurstroom/eventsourcing'
import { isVelden, type Velden } from '../gedeeld/opslag'
import { alsTabel, uitTabel } from '../gedeeld/tabel-opslag'

/** The lists of a `Regelset`, each stored as a table where there is one. */
const lijsten = ['items', 'projecten', 'verdichteRegels', 'regels'] as const

/**
 * An event holding a `Regelset` as stored: its items, projects, verdichte regels and lines as tables (`alsTabel`),
 * every other field as it is. The set already records each item, project and verdichte regel once; the table form
 * names each line field once instead of on every line.
 */
export const regelsetOpslag: StoredForm = {
  compact: (encoded) => {
    const data: Velden = { ...(encoded as Velden) }
    for (const lijst of lijsten) {
      const waarde = data[lijst]
      if (Array.isArray(waarde)) data[lijst] = alsTabel(waarde)
    }
    return data
  },
  expand: (stored) => {
    if (!isVelden(stored)) return stored
    const data: Velden = { ...stored }
    for (const lijst of lijsten) if (data[lijst] !== undefined) data[lijst] = uitTabel(data[lijst], lijst)
    return data
  },
}
