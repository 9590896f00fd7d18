import type { Decider, Decision } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import { apartSleutel, bestemming, periode, verzamelSleutel } from '../profiel'
import type { MarkeerGefactureerd, StelVerzamelfacturenSamen, TeFacturerenCommand, ZetRegelsKlaar } from './commands'
import { verdeelGroepen, verdeelKlaarzetting } from './delen'
import { factuurgroepOnbekend, type TeFacturerenFout, verzamelingOnbekend } from './errors'
import type { Factuurgroep, KlaargezetteRegel, TeFacturerenEvent } from './events'
import { evolveTeFactureren } from './evolve'
import { initialTeFacturerenState, type TeFacturerenState } from './state'

type Uitkomst = Either<TeFacturerenFout, Decision<TeFacturerenEvent>>

/** A fresh id per invoice of a run, avoiding ids a concept already claimed. */
const nieuweIds = (runId: string, bezet: ReadonlySet<string>, gekozen: Set<string>) => {
  let volgnummer = 0
  return (voorstel: string | undefined): string => {
    if (voorstel !== undefined && !bezet.has(voorstel) && !gekozen.has(voorstel)) {
      gekozen.add(voorstel)
      return voorstel
    }
    let id: string
    do id = `${runId}-${++volgnummer}`
    while (bezet.has(id) || gekozen.has(id))
    gekozen.add(id)
    return id
  }
}

/** The concept hand-over (its factuurId) a line comes from. */
const overdrachtVan = (regel: TeFacturerenRegel): string | undefined =>
  regel.bron === 'concept' ? regel.factuurIdVoorstel : undefined

/**
 * The hand-over an invoice group is made of whole: every line of the command from that hand-over, and only those,
 * are in the group. Such a group is staged by reference; its lines stay recorded in the concept's log only.
 */
const geheleOverdracht = (
  regels: readonly KlaargezetteRegel[],
  perOverdracht: ReadonlyMap<string, number>,
): string | undefined => {
  const overdracht = regels[0] ? overdrachtVan(regels[0]) : undefined
  if (overdracht === undefined || perOverdracht.get(overdracht) !== regels.length) return undefined
  return regels.every((r) => overdrachtVan(r) === overdracht) ? overdracht : undefined
}

const zetKlaar = (command: ZetRegelsKlaar, state: TeFacturerenState): Uitkomst => {
  // The same run again (a retried action) stages nothing new: the service goes on invoicing its open invoices.
  if (state.runs.has(command.runId)) return right([])
  // A run recorded in part (it stopped between appends) continues with what it has not recorded yet.
  const lopend = state.lopend.get(command.runId)
  const alKlaargezet: string[] = []
  const wachtend: KlaargezetteRegel[] = []
  const dezeRun = new Set<string>()
  const groepen = new Map<string, KlaargezetteRegel[]>()
  const perOverdracht = new Map<string, number>()
  for (const regel of command.regels) {
    const overdracht = overdrachtVan(regel)
    if (overdracht !== undefined) perOverdracht.set(overdracht, (perOverdracht.get(overdracht) ?? 0) + 1)
  }
  for (const regel of command.regels) {
    if (lopend?.behandeld.has(regel.id)) continue
    const overdracht = overdrachtVan(regel)
    const verwezenDoor = overdracht === undefined ? undefined : state.overdrachten.get(overdracht)
    // This run staged the line's hand-over by reference in an earlier part.
    if (verwezenDoor === command.runId) continue
    if (verwezenDoor !== undefined || state.gezien.has(regel.id) || dezeRun.has(regel.id)) {
      alKlaargezet.push(regel.id)
      continue
    }
    dezeRun.add(regel.id)
    const verzameling = command.verzamelingen[regel.verkooprelatie.nummer]
    if (!verzameling) return left(verzamelingOnbekend(regel.verkooprelatie.nummer))
    // Object.assign, not a spread literal: V8 copies a spread followed by more fields slowly, once per staged line.
    const klaar: KlaargezetteRegel = Object.assign({}, regel, {
      bestemming: bestemming(regel, verzameling),
      verzameling,
    })
    if (klaar.bestemming === 'verzamelen') {
      wachtend.push(klaar)
      continue
    }
    const sleutel = apartSleutel(regel, verzameling)
    const groep = groepen.get(sleutel)
    if (groep) groep.push(klaar)
    else groepen.set(sleutel, [klaar])
  }
  if (!lopend && dezeRun.size === 0 && alKlaargezet.length === 0) return right([])
  const nieuwId = nieuweIds(command.runId, state.factuurIds, new Set())
  const facturen = [...groepen.values()].map((regels) => {
    const eerste = regels[0] as KlaargezetteRegel
    const overdracht = geheleOverdracht(regels, perOverdracht)
    const groep: Factuurgroep = {
      factuurId: nieuwId(eerste.factuurIdVoorstel),
      runId: command.runId,
      integratiesoort: eerste.integratiesoort,
      bron: eerste.bron,
      bronId: eerste.bronId,
      // A concept fixed its own invoice date.
      factuurdatum: eerste.bron === 'concept' ? eerste.datum : command.factuurdatum,
      regelIds: overdracht ? [] : regels.map((r) => r.id),
      ...(overdracht ? { overdracht: { factuurId: overdracht, verzameling: eerste.verzameling } } : {}),
    }
    return { groep, regels: overdracht ? [] : regels }
  })
  const { delen, compleet } = verdeelKlaarzetting(facturen, wachtend, alKlaargezet)
  const eerder = lopend?.delen ?? 0
  return right(
    delen.map((deel, i) => ({
      type: 'TeFacturerenRegelsKlaargezet',
      data: {
        administratie: command.administratie,
        runId: command.runId,
        actie: command.actie,
        factuurdatum: command.factuurdatum,
        deel: eerder + i + 1,
        laatste: compleet && i === delen.length - 1,
        ...deel,
      },
    })),
  )
}

/**
 * R19: the waiting lines become verzamelfacturen, one per collecting key. A line waits on while its collecting
 * period has not ended by `totEnMet`, and a line dated after `totEnMet` is not collected yet.
 */
const stelSamen = (command: StelVerzamelfacturenSamen, state: TeFacturerenState): Uitkomst => {
  if (state.runs.has(command.runId)) return right([])
  const relaties = command.verkooprelaties ? new Set(command.verkooprelaties) : undefined
  const groepen = new Map<string, string[]>()
  for (const id of state.wachtend) {
    const regel = state.open.get(id)
    if (!regel) continue
    if (relaties && !relaties.has(regel.verkooprelatie.nummer)) continue
    if (regel.datum > command.totEnMet) continue
    const tijdvak = periode(regel.datum, regel.verzameling.periode)
    if (tijdvak && tijdvak.tot > command.totEnMet) continue
    const sleutel = verzamelSleutel(regel, regel.verzameling)
    const groep = groepen.get(sleutel)
    if (groep) groep.push(id)
    else groepen.set(sleutel, [id])
  }
  if (groepen.size === 0 && !state.lopend.has(command.runId)) return right([])
  const nieuwId = nieuweIds(command.runId, state.factuurIds, new Set())
  const facturen: Factuurgroep[] = [...groepen.values()].map((regelIds) => {
    const factuurId = nieuwId(undefined)
    return {
      factuurId,
      runId: command.runId,
      integratiesoort: 'verzamelfactuur',
      bron: 'verzamelfactuur',
      bronId: factuurId,
      factuurdatum: command.factuurdatum,
      regelIds,
    }
  })
  const { delen, compleet } = verdeelGroepen(facturen)
  if (delen.length === 0) delen.push([])
  const eerder = state.lopend.get(command.runId)?.delen ?? 0
  return right(
    delen.map((deel, i) => ({
      type: 'VerzamelfacturenSamengesteld',
      data: {
        administratie: command.administratie,
        runId: command.runId,
        totEnMet: command.totEnMet,
        deel: eerder + i + 1,
        laatste: compleet && i === delen.length - 1,
        facturen: deel,
      },
    })),
  )
}

const markeer = (command: MarkeerGefactureerd, state: TeFacturerenState): Uitkomst => {
  const events: TeFacturerenEvent[] = []
  for (const { factuurId, factuurnummer } of command.facturen) {
    if (!state.facturen.has(factuurId)) {
      // Marked before (a retry): nothing to do for it.
      if (state.factuurIds.has(factuurId)) continue
      return left(factuurgroepOnbekend(factuurId))
    }
    events.push({
      type: 'TeFacturerenRegelsGefactureerd',
      data: { administratie: command.administratie, factuurId, factuurnummer },
    })
  }
  return right(events)
}

/**
 * An administratie's `tefactureren` stream (R19, R21): stages a run's lines once, collects the waiting ones into
 * verzamelfacturen, and marks staged invoices done when they have their number.
 */
export const teFacturerenDecider: Decider<TeFacturerenCommand, TeFacturerenEvent, TeFacturerenState, TeFacturerenFout> =
  {
    initialState: initialTeFacturerenState,
    decide: (command, state) => {
      switch (command.type) {
        case 'ZetRegelsKlaar':
          return zetKlaar(command, state)
        case 'StelVerzamelfacturenSamen':
          return stelSamen(command, state)
        case 'MarkeerGefactureerd':
          return markeer(command, state)
      }
    },
    evolve: evolveTeFactureren,
  }
