import { DecodeError, type StoredForm } from '@factuurstroom/eventsourcing'
import { isVelden, metStandaarden, type Velden, zonderStandaarden } from '../gedeeld/opslag'

const VOORVOEGSEL = 'afronding:'

/**
 * What a rounding line holds unless it says otherwise, given its event's verdichte regel: the text "Afronding" and
 * the verdichte regel's text, and the integratiegroep and btw-tariefgroep the verdichte regel's id ends with
 * (`…|<integratiegroep>|<btwTariefgroep>`: a verdichte regel never mixes them).
 */
const standaarden = (verdichteRegel: unknown): Velden => {
  if (!isVelden(verdichteRegel)) return {}
  const { id, omschrijving } = verdichteRegel
  const laatste = typeof id === 'string' ? id.lastIndexOf('|') : -1
  const vorige = laatste > 0 ? (id as string).lastIndexOf('|', laatste - 1) : -1
  // Only an id of at least three parts ends with both.
  const beide = vorige >= 0
  return {
    omschrijving: typeof omschrijving === 'string' ? `Afronding ${omschrijving}` : undefined,
    integratiegroep: beide ? (id as string).slice(vorige + 1, laatste) : undefined,
    btwTariefgroep: beide ? (id as string).slice(laatste + 1) : undefined,
  }
}

/** The invoice a line id `afronding:<factuurId>:<verdichte regel id>` names, if it has that form. */
const factuurIdVan = (regelId: string, verdichteRegelId: string): string | undefined => {
  const staart = `:${verdichteRegelId}`
  return regelId.startsWith(VOORVOEGSEL) &&
    regelId.endsWith(staart) &&
    regelId.length > VOORVOEGSEL.length + staart.length
    ? regelId.slice(VOORVOEGSEL.length, -staart.length)
    : undefined
}

interface Berekend {
  readonly verdichteRegel: { readonly id: string; readonly omschrijving: string }
  readonly regel: { readonly regelId: string } & Velden
}

/**
 * AfrondingsregelBerekend as stored (version 3): its line without what follows from the event's verdichte regel
 * (`standaarden`; what differs stays), and with the line id `afronding:<factuurId>:<verdichte regel id>` stored as
 * just its `factuurId` (in place of `regelId`). A line id of another form stays as it is.
 */
export const afrondingsregelOpslag: StoredForm = {
  compact: (encoded) => {
    const data = encoded as Berekend
    const { regelId, ...rest } = zonderStandaarden(data.regel, standaarden(data.verdichteRegel))
    // A line that has a field `factuurId` of its own (the codec lets extra fields pass) keeps its id as it is.
    const factuurId = 'factuurId' in rest ? undefined : factuurIdVan(data.regel.regelId, data.verdichteRegel.id)
    return { ...data, regel: factuurId === undefined ? { regelId, ...rest } : { factuurId, ...rest } }
  },
  expand: (stored) => {
    if (!isVelden(stored) || !isVelden(stored.regel)) return stored
    const regel = metStandaarden(stored.regel, standaarden(stored.verdichteRegel))
    if (regel.regelId !== undefined || regel.factuurId === undefined) return { ...stored, regel }
    const { factuurId, ...rest } = regel
    if (typeof factuurId !== 'string') {
      throw new DecodeError('', [
        { path: 'regel.factuurId', value: factuurId, message: 'the invoice of the line id afronding:<factuurId>:…' },
      ])
    }
    const verdichteRegelId = isVelden(stored.verdichteRegel) ? stored.verdichteRegel.id : undefined
    // Without a verdichte regel id there is no line id: validation names both.
    if (typeof verdichteRegelId !== 'string') return { ...stored, regel: rest }
    return { ...stored, regel: { regelId: `${VOORVOEGSEL}${factuurId}:${verdichteRegelId}`, ...rest } }
  },
}
