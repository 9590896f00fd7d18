import {
  type EventStore,
  HashChainingEventStore,
  type LogSeal,
  type RecordedEvent,
  sealLog,
  verifyHashChains,
} from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { conceptregelControle } from './controles/conceptregels'
import type { Controle } from './controles/controle'
import { factuurnummerControle } from './controles/factuurnummers'
import { hashketenControle } from './controles/hashketens'
import { journaalpostControle } from './controles/journaalposten'
import { leesbaarheidControle } from './controles/leesbaarheid'
import { openstaandePostenControle } from './controles/openstaande-posten'
import { metVoortgang } from './log'

export type { Controle, Probleem } from './controles/controle'

const { weergaveRegistry } = weergaven

/**
 * The outcome of `runVerify`: `ok` when every check passed, with the number of events read and each check's problems.
 */
export interface VerifyReport {
  readonly ok: boolean
  readonly events: number
  readonly laatstePositie: string | undefined
  readonly controles: readonly Controle[]
  /** The seal appended by `--seal` (only when every check passed). */
  readonly seal?: LogSeal
}

/** Options for `runVerify`. */
export interface VerifyOptions {
  /** Append a seal of the running hash when everything is intact. */
  readonly seal?: boolean
  /** The seal's `occurredAt`; default now. */
  readonly sealedAt?: string
  /** Skip the hash chains (a log written without `HashChainingEventStore`). Default: checked. */
  readonly zonderHashketens?: boolean
  /** Called for every event read, with the count so far (drives the progress bar). */
  readonly onEvent?: (event: RecordedEvent, aantal: number) => void
}

/**
 * Everything an auditor asks of the log, in one pass: invoice numbers unique per environment (the store) and gapless
 * per series (R27, R32); every journaalpost in balance (R30); open items reconciling with the journal and with the
 * invoices' gross totals; every concept line invoiced, deferred or written off (R10); hash chains intact.
 */
export const runVerify = async (store: EventStore, options: VerifyOptions = {}): Promise<VerifyReport> => {
  const nummers = factuurnummerControle()
  const posten = journaalpostControle()
  const openstaand = openstaandePostenControle()
  const conceptregels = conceptregelControle()
  const leesbaarheid = leesbaarheidControle()

  const bekijk = (e: RecordedEvent): void => {
    leesbaarheid.tel(e)
    if (!weergaveRegistry.knows(e.type)) return
    posten.bekijk(e)
    const event = leesbaarheid.decodeer(e)
    if (!event) return
    openstaand.bekijk(event, e)
    nummers.bekijk(event, e)
    conceptregels.bekijk(event, e)
  }
  const ketens = await verifyHashChains(
    metVoortgang(store, (e, n) => {
      bekijk(e)
      options.onEvent?.(e, n)
    }),
  )

  const controles: Controle[] = [
    nummers.controle(),
    posten.controle(),
    openstaand.controle(),
    conceptregels.controle(),
    leesbaarheid.controle(),
    ...(options.zonderHashketens ? [] : [hashketenControle(ketens)]),
  ]
  const ok = controles.every((c) => c.problemen.length === 0)
  const basis = { ok, events: leesbaarheid.events(), laatstePositie: leesbaarheid.laatstePositie(), controles }
  if (!ok || !options.seal) return basis
  const { seal } = await sealLog(new HashChainingEventStore(store), options.sealedAt ?? new Date().toISOString())
  return seal ? { ...basis, seal } : basis
}
