import type { Verwerkingsmethode } from '../concept/events'
import type { ProjectInstellingen, VerkooprelatieInstellingen } from '../concept/instellingen'
import type { Conceptstatus } from '../concept/state'
import type { Toewijzingen } from './autorisatie'
import type { ConceptWaarschuwing } from './r6-waarschuwingen'

/** One concept as the overview shows it: header, status, amounts by verwerking and invoices made so far. */
export interface ConceptRij {
  readonly administratie: string
  readonly conceptId: string
  readonly nummer: string | undefined
  readonly verkooprelatie: string
  readonly verkooprelatieNaam: string
  readonly project: string | undefined
  readonly valuta: string
  btwPlicht: string
  readonly conceptmethode: string
  status: Conceptstatus
  /** Lines on the concept now. */
  aantalRegels: number
  /** Σ of every line on the concept now. */
  totaal: string
  /** What the next invoice would be, net, before afronding: F/P lines less the V advances they settle (R9, R10). */
  teFactureren: string
  doorgeschoven: string
  afgeboekt: string
  /** R6, judged on `teFactureren` against the settings recorded when the concept was opened. */
  waarschuwingen: ConceptWaarschuwing[]
  hoofddeclarant: string | undefined
  declarant: string | undefined
  /** Invoices made from this concept so far, and their net total (R11: a concept may be invoiced more than once). */
  readonly facturen: string[]
  gefactureerd: string
  readonly geopendOp: string
  laatstGewijzigdOp: string
  positie: string
}

export interface ConceptIntern {
  readonly rij: ConceptRij
  readonly project: ProjectInstellingen
  readonly relatie: VerkooprelatieInstellingen
  /** regelId → amount and method, only while the concept is active: a closed concept keeps its totals only. */
  readonly regels: Map<string, { bedrag: string; methode: Verwerkingsmethode }>
}

/** The state of the concepten view: every concept by `conceptSleutel`, and the declarant assignments. */
export interface ConceptenView {
  readonly concepten: Map<string, ConceptIntern>
  /** Per administratie|relatie, the declarant assignment as of the view's position (R12). */
  readonly declaranten: Toewijzingen
}

export const conceptSleutel = (administratie: string, conceptId: string): string => `${administratie}|${conceptId}`
