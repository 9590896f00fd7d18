import type { Decider, Decision } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { apartSleutel, bestemming, periode, verzamelSleutel } from '../profiel'
import type { MarkeerGefactureerd, StelVerzamelfacturenSamen, TeFacturerenCommand, ZetRegelsKlaar } from './commands'
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

const zetKlaar = (command: ZetRegelsKlaar, state: TeFacturerenState): Uitkomst => {
  // The same run again (a retried action) stages nothing new: the service goes on invoicing its open invoices.
  if (state.runs.has(command.runId)) return right([])
  const regels: KlaargezetteRegel[] = []
  const alKlaargezet: string[] = []
  const dezeRun = new Set<string>()
  const groepen = new Map<string, { regels: KlaargezetteRegel[] }>()
  for (const regel of command.regels) {
    if (state.gezien.has(regel.id) || dezeRun.has(regel.id)) {
      alKlaargezet.push(regel.id)
      continue
    }
    dezeRun.add(regel.id)
    const verzameling = command.verzamelingen[regel.verkooprelatie.nummer]
    if (!verzameling) return left(verzamelingOnbekend(regel.verkooprelatie.nummer))
    const klaar: KlaargezetteRegel = { ...regel, bestemming: bestemming(regel, verzameling), verzameling }
    regels.push(klaar)
    if (klaar.bestemming === 'apart') {
      const sleutel = apartSleutel(regel, verzameling)
      const groep = groepen.get(sleutel)
      if (groep) groep.regels.push(klaar)
      else groepen.set(sleutel, { regels: [klaar] })
    }
  }
  if (regels.length === 0 && alKlaargezet.length === 0) return right([])
  const nieuwId = nieuweIds(command.runId, state.factuurIds, new Set())
  const facturen: Factuurgroep[] = []
  for (const { regels: inGroep } of groepen.values()) {
    const eerste = inGroep[0] as KlaargezetteRegel
    facturen.push({
      factuurId: nieuwId(eerste.factuurIdVoorstel),
      runId: command.runId,
      integratiesoort: eerste.integratiesoort,
      bron: eerste.bron,
      bronId: eerste.bronId,
      // A concept fixed its own invoice date.
      factuurdatum: eerste.bron === 'concept' ? eerste.datum : command.factuurdatum,
      regelIds: inGroep.map((r) => r.id),
    })
  }
  return right([
    {
      type: 'TeFacturerenRegelsKlaargezet',
      data: {
        administratie: command.administratie,
        runId: command.runId,
        actie: command.actie,
        factuurdatum: command.factuurdatum,
        regels,
        facturen,
        alKlaargezet,
      },
    },
  ])
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
  if (groepen.size === 0) return right([])
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
  return right([
    {
      type: 'VerzamelfacturenSamengesteld',
      data: { administratie: command.administratie, runId: command.runId, totEnMet: command.totEnMet, facturen },
    },
  ])
}

const markeer = (command: MarkeerGefactureerd, state: TeFacturerenState): Uitkomst => {
  const groep = state.facturen.get(command.factuurId)
  if (!groep) {
    return state.factuurIds.has(command.factuurId) ? right([]) : left(factuurgroepOnbekend(command.factuurId))
  }
  return right([
    {
      type: 'TeFacturerenRegelsGefactureerd',
      data: {
        administratie: command.administratie,
        factuurId: command.factuurId,
        factuurnummer: command.factuurnummer,
        regelIds: groep.regelIds,
      },
    },
  ])
}

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
