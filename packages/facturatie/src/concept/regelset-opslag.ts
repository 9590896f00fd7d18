import type { StoredForm } from '@factuurstroom/eventsourcing'
import { isVelden, metStandaarden, perItem, type Velden, zonderStandaarden } from '../gedeeld/opslag'
import { alsTabel, uitTabel } from '../gedeeld/tabel-opslag'
import { decimaal, rondAfOpCent } from '../geld'

/** The lists of a `Regelset`, each stored as a table where there is one. */
const lijsten = ['items', 'projecten', 'verdichteRegels', 'regels'] as const

/** `aantal × prijs` to the cent (half away from zero) as an amount is written, when both are decimals. */
const berekendBedrag = (aantal: unknown, prijs: unknown): string | undefined => {
  if (typeof aantal !== 'string' || typeof prijs !== 'string') return undefined
  try {
    const bedrag = rondAfOpCent(decimaal(aantal).times(prijs))
    return bedrag.isZero() ? '0.00' : bedrag.toFixed(2)
  } catch {
    return undefined
  }
}

/** What a line holds unless it says otherwise: the amount its quantity and price make. */
const standaarden = (regel: Velden): Velden => ({ bedrag: berekendBedrag(regel.aantal, regel.prijs) })

/**
 * An event holding a `Regelset` as stored: its items, projects, verdichte regels and lines as tables (`alsTabel`),
 * every other field as it is. The set already records each item, project and verdichte regel once; the table form
 * names each line field once instead of on every line, and a line's `bedrag` is left out where it is its `aantal`
 * times its `prijs` to the cent (half away from zero); what differs stays.
 */
export const regelsetOpslag: StoredForm = {
  compact: (encoded) => {
    const data: Velden = { ...(encoded as Velden) }
    if (Array.isArray(data.regels)) {
      data.regels = data.regels.map((regel: Velden) => zonderStandaarden(regel, standaarden(regel)))
    }
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
    data.regels = perItem(data.regels, (regel) => (isVelden(regel) ? metStandaarden(regel, standaarden(regel)) : regel))
    return data
  },
}
