import { type Autorisatie, zichtbaarVoor } from './autorisatie'
import { type Antwoord, bevraag, type Definitie, type Vraag } from './bevraging'
import { type ConceptenView, type ConceptRij, conceptSleutel } from './concepten-model'
import { verwerkConceptEvent } from './concepten-verwerking'
import type { Weergave } from './registry'

export {
  type ConceptenView,
  type ConceptIntern,
  type ConceptRij,
  conceptSleutel,
} from './concepten-model'
export { type ConceptWaarschuwing, r6Waarschuwingen } from './r6-waarschuwingen'

/** The concepten view (`concepten`): one row per concept with its totals, status and R6 warnings, kept from the log. */
export const conceptenWeergave: Weergave<ConceptenView> = {
  naam: 'concepten',
  begin: () => ({ concepten: new Map(), declaranten: new Map() }),
  verwerk: verwerkConceptEvent,
}

/** The columns of the concepten overview a query may sort on. */
export type ConceptKolom =
  | 'nummer'
  | 'conceptId'
  | 'verkooprelatie'
  | 'verkooprelatieNaam'
  | 'project'
  | 'status'
  | 'totaal'
  | 'teFactureren'
  | 'gefactureerd'
  | 'aantalRegels'
  | 'hoofddeclarant'
  | 'declarant'
  | 'laatstGewijzigdOp'

export const conceptDefinitie: Definitie<ConceptRij, ConceptKolom> = {
  kolommen: {
    nummer: 'tekst',
    conceptId: 'tekst',
    verkooprelatie: 'tekst',
    verkooprelatieNaam: 'tekst',
    project: 'tekst',
    status: 'tekst',
    totaal: 'bedrag',
    teFactureren: 'bedrag',
    gefactureerd: 'bedrag',
    aantalRegels: 'getal',
    hoofddeclarant: 'tekst',
    declarant: 'tekst',
    laatstGewijzigdOp: 'tekst',
  },
  sleutel: (r) => conceptSleutel(r.administratie, r.conceptId),
  administratie: (r) => r.administratie,
  relaties: (r) => [r.verkooprelatie],
  status: (r) => r.status,
  datum: (r) => r.laatstGewijzigdOp,
  waarde: (r, kolom) => r[kolom],
}

export interface ConceptVraag extends Vraag<ConceptKolom> {
  /** Only concepts with at least one R6 warning. */
  readonly metWaarschuwing?: boolean
}

function* rijen(view: ConceptenView): Generator<ConceptRij> {
  for (const c of view.concepten.values()) yield c.rij
}

/**
 * The concepten overview, of the verkooprelaties `autorisatie` may see by their assignment now (R12); the
 * `hoofddeclarant`/`declarant` columns show what the concept recorded. The date filter applies to the day of the
 * last change.
 */
export const conceptenOverzicht = (
  view: ConceptenView,
  autorisatie: Autorisatie,
  vraag?: ConceptVraag,
): Antwoord<ConceptRij> => {
  const mag = zichtbaarVoor(view.declaranten, autorisatie)
  return bevraag(
    rijen(view),
    vraag,
    conceptDefinitie,
    (r) => mag(r.administratie, r.verkooprelatie) && (!vraag?.metWaarschuwing || r.waarschuwingen.length > 0),
  )
}
