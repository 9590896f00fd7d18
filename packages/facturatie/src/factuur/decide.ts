import type { Decision } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { MAX_DELEN_PER_BESLUIT } from '../gedeeld/omvang'
import { type BtwAfrondingsmodus, berekenBtw, decimaal } from '../geld'
import type { BtwBerekening } from '../journalisering'
import type {
  FactuurCommand,
  JournaliseerFactuur,
  MaakFactuur,
  RegistreerCreditering,
  RegistreerFactuurnummer,
  VerstrekFactuur,
  VoegFactuurregelToe,
  WijzigFactuurregel,
} from './commands'
import { factuurInDelen } from './delen'
import {
  btwCodeMeerderePercentages,
  crediteringTeHoog,
  creditregelOnbekend,
  dagboekAfwijkend,
  type FactuurFout,
  factuurAlGejournaliseerd,
  factuurBestaatAl,
  factuurBevroren,
  factuurNietActief,
  factuurNietGefactureerd,
  factuurnummerAlToegekend,
  factuurOnbekend,
  factuurregelAfgehandeld,
  factuurregelDubbel,
  factuurregelOnbekend,
  factuurTeGroot,
  factuurZonderRegels,
  geenVerstrekkingswijze,
  meerdereValuta,
  rapportOnbekend,
  relatieGeblokkeerd,
} from './errors'
import type { FactuurEvent } from './events'
import { controleerR32 } from './r32'
import { type FactuurState, huidigeOpdracht, isFactuurActief } from './state'

type Uitkomst = Either<FactuurFout, Decision<FactuurEvent>>

export const decideFactuur = (command: FactuurCommand, state: FactuurState): Uitkomst => {
  switch (command.type) {
    case 'MaakFactuur':
      return maak(command, state)
    case 'VoegFactuurregelToe':
      return voegToe(command, state)
    case 'WijzigFactuurregel':
      return wijzig(command, state)
    case 'RegistreerFactuurnummer':
      return registreerNummer(command, state)
    case 'VerstrekFactuur':
      return verstrek(command, state)
    case 'JournaliseerFactuur':
      return journaliseer(command, state)
    case 'RegistreerCreditering':
      return registreerCreditering(command, state)
  }
}

/** VAT per rate under the named mode (R33); a btw-code at two rates is an error, not an exception. */
const btwVan = (
  factuurId: string,
  regels: readonly Factuurregel[],
  modus: BtwAfrondingsmodus,
): Either<FactuurFout, BtwBerekening> => {
  try {
    const berekening = berekenBtw(
      regels.map((r) => ({ bedrag: r.bedrag, btwCode: r.btwCode, percentage: r.btwPercentage })),
      modus,
    )
    return right({ ...berekening, perCode: [...berekening.perCode] })
  } catch (error) {
    return left(btwCodeMeerderePercentages(factuurId, (error as Error).message))
  }
}

const controleerRegels = (factuurId: string, opdracht: Factuuropdracht): FactuurFout | undefined => {
  if (opdracht.regels.length === 0) return factuurZonderRegels(factuurId)
  const gezien = new Set<string>()
  for (const regel of opdracht.regels) {
    if (gezien.has(regel.regelId)) return factuurregelDubbel(factuurId, regel.regelId)
    gezien.add(regel.regelId)
    if (regel.valuta !== undefined && regel.valuta !== opdracht.valuta) {
      return meerdereValuta(factuurId, opdracht.valuta, regel.regelId, regel.valuta)
    }
  }
  return undefined
}

const maak = (command: MaakFactuur, state: FactuurState): Uitkomst => {
  const { factuurId, opdracht } = command
  if (state.aangemaakt) return left(factuurBestaatAl(factuurId))
  if (command.factuurrelatieGeblokkeerd) return left(relatieGeblokkeerd(factuurId, opdracht.factuurrelatie.nummer))
  if (command.verstrekkingen.length === 0) {
    return left(geenVerstrekkingswijze(factuurId, opdracht.factuurrelatie.nummer))
  }
  const regelFout = controleerRegels(factuurId, opdracht) ?? controleerR32(factuurId, opdracht)
  if (regelFout) return left(regelFout)
  const btw = btwVan(factuurId, opdracht.regels, command.btwAfrondingsmodus)
  if (isLeft(btw)) return btw
  const regels = opdracht.regels.map((regel) => {
    const herkomst = command.herkomst?.[regel.regelId] ?? { bron: opdracht.bron, bronId: opdracht.bronId }
    // R23: only lines entered by hand stay editable.
    const status = herkomst.bron === 'handmatig' ? ('Actief' as const) : ('Afgehandeld' as const)
    return { regelId: regel.regelId, status, herkomst }
  })
  const events = factuurInDelen({
    administratie: command.administratie,
    factuurId,
    bron: opdracht.bron,
    bronId: opdracht.bronId,
    integratiesoort: command.integratiesoort,
    opdracht,
    regels,
    btw: btw.right,
    verstrekkingen: command.verstrekkingen,
    ...(command.creditnota ? { creditnota: command.creditnota } : {}),
    ...(command.runId ? { runId: command.runId } : {}),
  })
  // One decision is one append: the whole invoice or nothing, within the append limit.
  if (events.length > MAX_DELEN_PER_BESLUIT) {
    return left(factuurTeGroot(factuurId, regels.length, events.length, MAX_DELEN_PER_BESLUIT))
  }
  return right(events)
}

/** Lines may change only while the invoice is active (R23) and never after journalising (R30). */
const magRegelsWijzigen = (state: FactuurState, factuurId: string): FactuurFout | undefined => {
  if (!state.aangemaakt) return factuurOnbekend(factuurId)
  if (state.gejournaliseerd) return factuurBevroren(factuurId)
  if (!isFactuurActief(state)) return factuurNietActief(factuurId)
  return undefined
}

const voegToe = (command: VoegFactuurregelToe, state: FactuurState): Uitkomst => {
  const fout = magRegelsWijzigen(state, command.factuurId)
  if (fout) return left(fout)
  const opdracht = huidigeOpdracht(state)
  const nieuw = { ...opdracht, regels: [...opdracht.regels, command.regel] }
  const regelFout = controleerRegels(command.factuurId, nieuw)
  if (regelFout) return left(regelFout)
  const btw = btwVan(command.factuurId, nieuw.regels, state.btw?.modus ?? 'PER_TOTAAL')
  if (isLeft(btw)) return btw
  return right([
    {
      type: 'FactuurregelToegevoegd',
      data: {
        administratie: command.administratie,
        factuurId: command.factuurId,
        regel: command.regel,
        status: 'Actief',
        herkomst: { bron: 'handmatig', bronId: command.factuurId, bronRegelId: command.regel.regelId },
        btw: btw.right,
      },
    },
  ])
}

const wijzig = (command: WijzigFactuurregel, state: FactuurState): Uitkomst => {
  const fout = magRegelsWijzigen(state, command.factuurId)
  if (fout) return left(fout)
  const bestaand = state.regels.get(command.regel.regelId)
  if (!bestaand) return left(factuurregelOnbekend(command.factuurId, command.regel.regelId))
  if (bestaand.status === 'Afgehandeld') return left(factuurregelAfgehandeld(command.factuurId, command.regel.regelId))
  const opdracht = huidigeOpdracht(state)
  const nieuw = {
    ...opdracht,
    regels: opdracht.regels.map((r) => (r.regelId === command.regel.regelId ? command.regel : r)),
  }
  const regelFout = controleerRegels(command.factuurId, nieuw)
  if (regelFout) return left(regelFout)
  const btw = btwVan(command.factuurId, nieuw.regels, state.btw?.modus ?? 'PER_TOTAAL')
  if (isLeft(btw)) return btw
  return right([
    {
      type: 'FactuurregelGewijzigd',
      data: {
        administratie: command.administratie,
        factuurId: command.factuurId,
        regel: command.regel,
        btw: btw.right,
      },
    },
  ])
}

const registreerNummer = (command: RegistreerFactuurnummer, state: FactuurState): Uitkomst => {
  if (!state.aangemaakt || !state.opdracht || !state.btw || !state.integratiesoort) {
    return left(factuurOnbekend(command.factuurId))
  }
  if (state.factuurnummer !== undefined) {
    // The dagboek hands out the same number for a retried invoice: nothing new happened.
    if (state.factuurnummer === command.factuurnummer) return right([])
    return left(factuurnummerAlToegekend(command.factuurId, state.factuurnummer, command.factuurnummer))
  }
  return right([
    {
      type: 'Gefactureerd',
      data: {
        administratie: command.administratie,
        factuurId: command.factuurId,
        factuurnummer: command.factuurnummer,
        dagboek: command.dagboek,
      },
    },
  ])
}

const verstrek = (command: VerstrekFactuur, state: FactuurState): Uitkomst => {
  if (!state.aangemaakt) return left(factuurOnbekend(command.factuurId))
  if (state.factuurnummer === undefined) return left(factuurNietGefactureerd(command.factuurId, 'issued'))
  const gevraagd = command.rapporten ?? state.verstrekkingen.map((v) => v.rapport)
  for (const rapport of gevraagd) {
    if (!state.verstrekkingen.some((v) => v.rapport === rapport))
      return left(rapportOnbekend(command.factuurId, rapport))
  }
  const verstrekt = new Set(state.verstrekt)
  const events: FactuurEvent[] = []
  for (const verstrekking of state.verstrekkingen) {
    if (!gevraagd.includes(verstrekking.rapport) || verstrekt.has(verstrekking.rapport)) continue
    verstrekt.add(verstrekking.rapport)
    events.push({
      type: 'FactuurVerstrekt',
      data: {
        administratie: command.administratie,
        factuurId: command.factuurId,
        factuurnummer: state.factuurnummer,
        rapport: verstrekking.rapport,
        wijze: verstrekking.wijze,
        tijdstip: command.tijdstip,
        volledigVerstrekt: state.verstrekkingen.every((v) => verstrekt.has(v.rapport)),
      },
    })
  }
  return right(events)
}

const journaliseer = (command: JournaliseerFactuur, state: FactuurState): Uitkomst => {
  const fout = magJournaliseren(state, command.factuurId)
  if (fout) return left(fout)
  if (state.dagboek === undefined) return left(factuurNietGefactureerd(command.factuurId, 'journalised'))
  if (command.dagboek !== state.dagboek) {
    return left(dagboekAfwijkend(command.factuurId, state.dagboek, command.dagboek))
  }
  return right([
    {
      type: 'FactuurGejournaliseerd',
      data: {
        administratie: command.administratie,
        factuurId: command.factuurId,
        dagboek: state.dagboek,
        boekdatum: command.boekdatum,
      },
    },
  ])
}

/** Whether the invoice may be journalised now: numbered and not journalised before (R30). */
export const magJournaliseren = (state: FactuurState, factuurId: string): FactuurFout | undefined => {
  if (!state.aangemaakt) return factuurOnbekend(factuurId)
  if (state.factuurnummer === undefined) return factuurNietGefactureerd(factuurId, 'journalised')
  if (state.gejournaliseerd) return factuurAlGejournaliseerd(factuurId, state.factuurnummer)
  return undefined
}

const registreerCreditering = (command: RegistreerCreditering, state: FactuurState): Uitkomst => {
  if (!state.aangemaakt) return left(factuurOnbekend(command.factuurId))
  if (state.factuurnummer === undefined) return left(factuurNietGefactureerd(command.factuurId, 'credited'))
  // A retried credit finds its reservation already made.
  if (state.crediteringen.has(command.creditFactuurId)) return right([])
  for (const { regelId, bedrag } of command.regels) {
    const origineel = state.regels.get(regelId)
    if (!origineel) return left(creditregelOnbekend(command.factuurId, regelId))
    const totaal = decimaal(origineel.regel.bedrag)
    const eerder = state.gecrediteerd.get(regelId) ?? decimaal(0)
    const na = eerder.plus(bedrag)
    const zelfdeTeken = decimaal(bedrag).isZero() || decimaal(bedrag).isNegative() === totaal.isNegative()
    if (!zelfdeTeken || na.abs().greaterThan(totaal.abs())) {
      return left(crediteringTeHoog(command.factuurId, regelId, origineel.regel.bedrag, eerder.toFixed(2), bedrag))
    }
  }
  return right([
    {
      type: 'FactuurGecrediteerd',
      data: {
        administratie: command.administratie,
        factuurId: command.factuurId,
        factuurnummer: state.factuurnummer,
        creditFactuurId: command.creditFactuurId,
        regels: command.regels,
      },
    },
  ])
}
