import type { Decision } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { factuurnummer, type Nummerreeks, zelfdeReeks } from '../inrichting/reeks'
import type { JournaliseringsFout } from '../journalisering/errors'
import { maakJournaalpost } from '../journalisering/maak-journaalpost'
import type { BoekHandmatigNummer, DagboekCommand, Journaliseer, KenFactuurnummerToe } from './commands'
import {
  type DagboekFout,
  dagboekAfwijkend,
  factuurAlGejournaliseerd,
  factuurnummerAfwijkend,
  factuurnummerNietToegekend,
  nummerAlUitgegeven,
  nummerBuitenReeks,
  nummerNietAansluitend,
  nummerreeksVol,
  reeksGewijzigd,
} from './errors'
import type { DagboekEvent } from './events'
import { type DagboekState, laatsteNummer } from './state'

type Uitkomst = Either<DagboekFout | JournaliseringsFout, Decision<DagboekEvent>>

export const decideDagboek = (command: DagboekCommand, state: DagboekState): Uitkomst => {
  switch (command.type) {
    case 'KenFactuurnummerToe':
      return kenToe(command, state)
    case 'BoekHandmatigNummer':
      return boekHandmatig(command, state)
    case 'Journaliseer':
      return journaliseer(command, state)
  }
}

/** The series is recorded with the first number; later commands must bring the same one. */
const start = (command: KenFactuurnummerToe | BoekHandmatigNummer, state: DagboekState): Uitkomst | DagboekEvent[] => {
  if (state.reeks === undefined) {
    const { administratie, dagboek, dagboektype, reeks } = command
    return [{ type: 'NummeringGestart', data: { administratie, dagboek, dagboektype, reeks } }]
  }
  return zelfdeReeks(state.reeks, command.reeks) ? [] : left(reeksGewijzigd(command.dagboek))
}

const toekenning = (
  command: KenFactuurnummerToe | BoekHandmatigNummer,
  factuurId: string,
  volgnummer: number,
  reeks: Nummerreeks,
  herkomst: 'factuur' | 'handmatig',
): DagboekEvent => ({
  type: 'FactuurnummerToegekend',
  data: {
    administratie: command.administratie,
    dagboek: command.dagboek,
    factuurId,
    volgnummer,
    factuurnummer: factuurnummer(reeks, volgnummer),
    herkomst,
  },
})

/**
 * R27: the next number of the series. Asking again for the same invoice gives its number again and records
 * nothing, so a crash before the invoice was stored is recovered by retrying: no hole, no second number.
 */
const kenToe = (command: KenFactuurnummerToe, state: DagboekState): Uitkomst => {
  const gestart = start(command, state)
  if (!Array.isArray(gestart)) return gestart
  if (state.toegekend.has(command.factuurId)) return right([])
  const volgnummer = laatsteNummer(state, command.reeks) + 1
  if (volgnummer > command.reeks.tot) return left(nummerreeksVol(command.dagboek, command.reeks.tot))
  return right([...gestart, toekenning(command, command.factuurId, volgnummer, command.reeks, 'factuur')])
}

/**
 * A manual booking may take a specific number only if it is the next one: an issued number is never reused,
 * and skipping ahead would leave a hole or collide with the next invoice.
 */
const boekHandmatig = (command: BoekHandmatigNummer, state: DagboekState): Uitkomst => {
  const gestart = start(command, state)
  if (!Array.isArray(gestart)) return gestart
  const eerder = state.toegekend.get(command.boekingId)
  if (eerder?.volgnummer === command.volgnummer) return right([])
  const { reeks, dagboek, volgnummer } = command
  if (volgnummer <= reeks.laatsteFactuurnummer || volgnummer > reeks.tot) {
    if (volgnummer > reeks.tot || volgnummer < 1) {
      return left(nummerBuitenReeks(dagboek, volgnummer, reeks.laatsteFactuurnummer + 1, reeks.tot))
    }
    return left(nummerAlUitgegeven(dagboek, volgnummer, undefined))
  }
  const laatste = laatsteNummer(state, reeks)
  if (eerder || volgnummer <= laatste) {
    const houder = [...state.toegekend].find(([, t]) => t.volgnummer === volgnummer)?.[0]
    return left(nummerAlUitgegeven(dagboek, volgnummer, houder))
  }
  if (volgnummer > laatste + 1) return left(nummerNietAansluitend(dagboek, volgnummer, laatste + 1))
  return right([...gestart, toekenning(command, command.boekingId, volgnummer, reeks, 'handmatig')])
}

/** R30: one balanced journaalpost per invoice numbered here, once; the invoice is frozen afterwards. */
const journaliseer = (command: Journaliseer, state: DagboekState): Uitkomst => {
  const { dagboek, factuurId, invoer, inrichting } = command
  if (inrichting.dagboek !== dagboek) return left(dagboekAfwijkend(dagboek, inrichting.dagboek))
  const toegekend = state.toegekend.get(factuurId)
  if (!toegekend) return left(factuurnummerNietToegekend(dagboek, factuurId))
  if (toegekend.factuurnummer !== invoer.factuurnummer) {
    return left(factuurnummerAfwijkend(factuurId, invoer.factuurnummer, toegekend.factuurnummer))
  }
  const eerder = state.gejournaliseerd.get(factuurId)
  if (eerder !== undefined) return left(factuurAlGejournaliseerd(dagboek, factuurId, eerder.factuurnummer))
  const gemaakt = maakJournaalpost(invoer, inrichting)
  if (gemaakt._tag === 'Left') return gemaakt
  return right([
    {
      type: 'Gejournaliseerd',
      data: {
        administratie: command.administratie,
        dagboek,
        factuurId,
        factuurnummer: toegekend.factuurnummer,
        integratiesoort: inrichting.integratiesoort,
        omschrijvingFinancieel: inrichting.omschrijvingFinancieel,
        storneren: inrichting.storneren,
        btwAfrondingsmodus: inrichting.btwAfrondingsmodus,
        journaalpost: gemaakt.right.journaalpost,
        openstaandePost: gemaakt.right.openstaandePost,
        ...(invoer.creditnota ? { creditnota: invoer.creditnota } : {}),
      },
    },
  ])
}
