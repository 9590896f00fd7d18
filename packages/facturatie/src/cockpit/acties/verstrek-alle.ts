import { type CommandContext, decodeWith, type EventStore, type HandledCommand } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { type FactuurCommand, type FactuurEvent, type FactuurFout, factuurStreamId } from '../../factuur'
import { Code } from '../../gedeeld/codecs'
import { type Stroomopdracht, schrijfPerStroom } from '../../gedeeld/schrijf-per-stroom'
import { stap } from '../../gedeeld/stap'
import { UniekeCodes } from '../../gedeeld/unieke-codes'
import type { Cockpitantwoord, Cockpituitkomst } from '../resultaten'
import type { CockpitWiring } from '../wiring'
import { verstrekRapporten } from './verstrek-rapporten'

const Verstrekopdrachten = t.intersection([
  t.type({ administratie: Code, factuurIds: UniekeCodes }),
  t.partial({ rapporten: t.array(Code) }),
])

/** What `verstrekAlle` answers for one invoice: what `verstrek` would have answered for it. */
export interface Verstrekuitkomst {
  readonly factuurId: string
  readonly uitkomst: Cockpitantwoord<HandledCommand<FactuurEvent>>
}

/**
 * R22 for many invoices at once (the cockpit's selection, then "Verstrekken"): each invoice is issued exactly as
 * `verstrek` issues it, under its own command id `<commandId>:<factuurId>` (so sending the batch again is a duplicate
 * per invoice), and the "issued" records of the selection are appended together, up to `delenPerAppend` invoices per
 * append. One invoice's refusal is its own answer; the others go on.
 */
export const verstrekAlle =
  (w: CockpitWiring, store: EventStore) =>
  async (input: unknown, context: CommandContext): Cockpituitkomst<readonly Verstrekuitkomst[]> => {
    const decoded = decodeWith(Verstrekopdrachten, 'VerstrekAlle', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurIds, rapporten } = decoded.right
    const antwoorden = new Map<string, Cockpitantwoord<HandledCommand<FactuurEvent>>>()
    const opdrachten: Stroomopdracht<FactuurCommand, FactuurEvent, FactuurFout>[] = []
    for (const factuurId of factuurIds) {
      const perFactuur = stap(context, `${context.commandId}:${factuurId}`)
      const uitgegaan = await verstrekRapporten(w, administratie, factuurId, rapporten, perFactuur)
      if (isLeft(uitgegaan)) {
        antwoorden.set(factuurId, uitgegaan)
        continue
      }
      opdrachten.push({
        streamId: factuurStreamId(administratie, factuurId),
        beslis: w.beslisFactuur(administratie, factuurId),
        command: {
          type: 'VerstrekFactuur',
          administratie,
          factuurId,
          tijdstip: perFactuur.occurredAt,
          ...(rapporten ? { rapporten } : {}),
        },
        context: perFactuur,
      })
    }
    const vastgelegd = await schrijfPerStroom(store, opdrachten)
    for (const [i, opdracht] of opdrachten.entries())
      antwoorden.set(opdracht.command.factuurId, vastgelegd[i] as Cockpitantwoord<HandledCommand<FactuurEvent>>)
    return right(
      factuurIds.map((factuurId) => ({
        factuurId,
        uitkomst: antwoorden.get(factuurId) as Verstrekuitkomst['uitkomst'],
      })),
    )
  }
