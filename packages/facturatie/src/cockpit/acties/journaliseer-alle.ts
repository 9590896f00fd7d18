import {
  type AppendPart,
  type AppendResult,
  appendParts,
  type CommandContext,
  decodeWith,
  type EventStore,
} from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import type { FactuurEvent } from '../../factuur'
import { afgehandeld, type Besluit } from '../../gedeeld/beslisser'
import { Code, Datum } from '../../gedeeld/codecs'
import { opnieuwBijConflict } from '../../gedeeld/schrijf-per-stroom'
import { stap } from '../../gedeeld/stap'
import { UniekeCodes } from '../../gedeeld/unieke-codes'
import type { Journalisering, Journaliseringsvraag, Poortdeel } from '../poorten'
import type { Cockpitantwoord, Cockpituitkomst } from '../resultaten'
import type { CockpitWiring } from '../wiring'
import { dagboekstap, journaliseer, journaliseerFactuur, journaliseringsvraag } from './journaliseer'

const Journaliseeropdrachten = t.intersection([
  t.type({ administratie: Code, factuurIds: UniekeCodes }),
  t.partial({ boekdatum: Datum }),
])

/** The most invoices one append of `journaliseerAlle` takes: each brings the dagboek's post and the invoice's event. */
export const facturenPerAppend = 200

/** What `journaliseerAlle` answers for one invoice: what `journaliseer` would have answered for it. */
export interface Journaliseeruitkomst {
  readonly factuurId: string
  readonly uitkomst: Cockpitantwoord<unknown>
}

type Antwoord = Cockpitantwoord<unknown>

/** One invoice of a chunk: its question, command id and the decider of its stream (kept over the retries). */
interface Item {
  readonly vraag: Journaliseringsvraag
  readonly context: CommandContext
  readonly beslis: ReturnType<CockpitWiring['beslisFactuur']>
}

/**
 * R30 for a selection (the cockpit's "Journaliseren"): each invoice decided exactly as `journaliseer` decides it,
 * under its own command id `<commandId>:<factuurId>`, the dagboek's posts one after another on its provisional state,
 * and the posts with the invoices' `FactuurGejournaliseerd` appended together, up to `facturenPerAppend` invoices per
 * append. A refusal is that invoice's answer. Without the port's `journaalpostreeks` or a store that appends to
 * several streams at once, each invoice is journalised on its own.
 */
export const journaliseerAlle =
  (w: CockpitWiring, store: EventStore) =>
  async (input: unknown, context: CommandContext): Cockpituitkomst<readonly Journaliseeruitkomst[]> => {
    const decoded = decodeWith(Journaliseeropdrachten, 'JournaliseerAlle', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurIds, boekdatum } = decoded.right
    const perFactuur = (factuurId: string) => stap(context, `${context.commandId}:${factuurId}`)
    const antwoorden = new Map<string, Antwoord>()
    const reeks = w.deps.journalisering.journaalpostreeks?.bind(w.deps.journalisering)
    if (!w.multiStreamAppend || !reeks) {
      const enkel = journaliseer(w)
      for (const factuurId of factuurIds) {
        const opdracht = { administratie, factuurId, ...(boekdatum ? { boekdatum } : {}) }
        antwoorden.set(factuurId, await enkel(opdracht, perFactuur(factuurId)))
      }
    } else {
      for (let i = 0; i < factuurIds.length; i += facturenPerAppend) {
        const items: Item[] = []
        for (const factuurId of factuurIds.slice(i, i + facturenPerAppend)) {
          const vraag = await journaliseringsvraag(w, administratie, factuurId, boekdatum)
          if (isLeft(vraag)) antwoorden.set(factuurId, vraag)
          else
            items.push({
              vraag: vraag.right,
              context: perFactuur(factuurId),
              beslis: w.beslisFactuur(administratie, factuurId),
            })
        }
        for (const [factuurId, antwoord] of await opnieuwBijConflict(undefined, schrijfStuk(w, store, reeks, items)))
          antwoorden.set(factuurId, antwoord)
      }
    }
    return right(factuurIds.map((factuurId) => ({ factuurId, uitkomst: antwoorden.get(factuurId) as Antwoord })))
  }

/** A decided invoice: the dagboek's part and the invoice's decision, to append in that order. */
interface Geboekt {
  readonly poortdeel: Poortdeel | undefined
  readonly besluit: Besluit<FactuurEvent>
}

/**
 * One chunk's attempt, again after a conflict: a new series on the dagboeken's current state. An invoice refused
 * after its dagboek decided drops out with that answer, and the series is decided again without it.
 */
const schrijfStuk = (
  w: CockpitWiring,
  store: EventStore,
  journaalpostreeks: NonNullable<Journalisering['journaalpostreeks']>,
  items: readonly Item[],
) => {
  const geweigerd = new Map<string, Antwoord>()
  return async (): Promise<Map<string, Antwoord>> => {
    for (;;) {
      const antwoorden = new Map(geweigerd)
      const geboekt: [string, Geboekt][] = []
      const reeks = journaalpostreeks()
      let opnieuw = false
      for (const { vraag, context, beslis } of items) {
        if (geweigerd.has(vraag.factuurId)) continue
        const uitkomst = await reeks(vraag, dagboekstap(context, vraag), async (boeking, poortdeel) => {
          const besluit = await beslis(journaliseerFactuur(vraag, boeking), context)
          if (isLeft(besluit) && poortdeel) opnieuw = true
          return isLeft(besluit) ? besluit : right({ poortdeel, besluit: besluit.right })
        })
        const gevolg = isLeft(uitkomst) ? uitkomst : uitkomst.right
        if (isLeft(gevolg)) geweigerd.set(vraag.factuurId, gevolg)
        if (opnieuw) break
        if (isLeft(gevolg)) antwoorden.set(vraag.factuurId, gevolg)
        else geboekt.push([vraag.factuurId, gevolg.right])
      }
      if (opnieuw) continue
      const results = await schrijfGeboekt(
        w,
        store,
        geboekt.map(([, g]) => g),
      )
      for (const [k, [factuurId, { besluit }]] of geboekt.entries())
        antwoorden.set(factuurId, right(afgehandeld(besluit, results[k])) as Antwoord)
      return antwoorden
    }
  }
}

/** The chunk's parts in one append (a dagboek in another store on its own, per invoice); each invoice's result. */
const schrijfGeboekt = async (w: CockpitWiring, store: EventStore, geboekt: readonly Geboekt[]) => {
  if (geboekt.some((g) => g.poortdeel && g.poortdeel.store !== store)) {
    // One after another: each dagboek part expects the revision the one before it leaves.
    const results: (AppendResult | undefined)[] = []
    for (const { poortdeel, besluit } of geboekt) results.push(await w.schrijfSamen(poortdeel, besluit.deel))
    return results
  }
  const delen: AppendPart[] = []
  const invoice: (number | undefined)[] = []
  for (const { poortdeel, besluit } of geboekt) {
    if (poortdeel) delen.push(poortdeel)
    invoice.push(besluit.deel ? delen.push(besluit.deel) - 1 : undefined)
  }
  const results = delen.length > 0 ? await appendParts(store, delen) : []
  return invoice.map((k) => (k === undefined ? undefined : results[k]))
}
