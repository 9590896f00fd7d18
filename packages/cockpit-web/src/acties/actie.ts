import type { CommandContext } from '@factuurstroom/eventsourcing'
import type { Facturatiecockpit, OpVoortgang } from '../facturatie'
import type { Bronnen } from '../opties'

/** A domain refusal as the pages show it: its stable code and message. */
export interface Fout {
  readonly code: string
  readonly message: string
}

/** An invoice a run made. */
export interface Gemaakt {
  readonly factuurId: string
  readonly factuurnummer: string
}

/** What a batch action returns: the invoices it made, or the refusal that stopped it. */
export type Uitkomst =
  | { readonly _tag: 'Left'; readonly left: Fout }
  | { readonly _tag: 'Right'; readonly right: { readonly facturen: readonly Gemaakt[] } }

/** How a form field is read: a date (JJJJ-MM-DD), a tick box, or a comma-separated list of relatie numbers. */
export type Veldsoort = 'datum' | 'vlag' | 'relaties'

/** One option of an action (R20), as its form shows it and the post is read. */
export interface Veld {
  readonly naam: string
  readonly label: string
  readonly soort: Veldsoort
  readonly verplicht?: boolean
}

/**
 * A Facturatiecockpit action over a whole administratie (R17–R21), run in the background with a run id. `velden`
 * are exactly the options R20 gives it besides the administratie: the form offers only those, and a post with any
 * other field is refused before anything runs.
 */
export interface Batchactie {
  /** The path segment: `/acties/<naam>`. */
  readonly naam: string
  /** The label AFAS users know. */
  readonly titel: string
  readonly uitleg: string
  readonly velden: readonly Veld[]
  /** Whether the cockpit's action takes the run id (all but "factureren te factureren regels"). */
  readonly metRunId: boolean
  /** The host source the action invoices; without it the action is not offered. */
  readonly bron?: keyof Bronnen
  /** Runs the cockpit's action, passing on `opVoortgang` so the status page can show how far it is. */
  readonly voerUit: (
    cockpit: Facturatiecockpit,
    opties: Record<string, unknown>,
    regels: readonly unknown[],
    context: CommandContext,
    opVoortgang: OpVoortgang,
  ) => Promise<Uitkomst>
}
