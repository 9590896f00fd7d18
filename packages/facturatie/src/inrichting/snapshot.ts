import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { JournaliseringsInrichting } from '../journalisering/inrichting'
import { bronCode, type Integratiesoort, isOhw } from '../journalisering/integratiesoort'
import type { Dagboektype } from './dagboektype'
import {
  administratieNietIngericht,
  btwCodeNietIngericht,
  dagboekOnbekend,
  geenDebiteurenrekening,
  geenIntegratiedagboek,
  geenNummerreeks,
  type InrichtingFout,
  integratiesoortNietVoorFacturen,
} from './errors'
import type { Nummerreeks } from './reeks'
import { btwSleutel, type InrichtingState, rekeningMetFunctie } from './state'

/** The dagboek that numbers (and journalises) an invoice, with its series: what the Dagboek aggregate is told. */
export interface NummerendDagboek {
  readonly administratie: string
  readonly dagboek: string
  readonly dagboektype: Dagboektype
  readonly reeks: Nummerreeks
}

/** The numbering dagboek `dagboek` of the administratie with its series; refused when it is unknown or has none. */
export const nummerendDagboek = (
  state: InrichtingState,
  administratie: string,
  dagboek: string,
): Either<InrichtingFout, NummerendDagboek> => {
  if (!state.administratie) return left(administratieNietIngericht(administratie))
  const ingericht = state.dagboeken.get(dagboek)
  if (!ingericht) return left(dagboekOnbekend(administratie, dagboek))
  if (!ingericht.reeks) return left(geenNummerreeks(administratie, dagboek))
  return right({ administratie, dagboek, dagboektype: ingericht.dagboektype, reeks: ingericht.reeks })
}

/**
 * R26/R27: the integratie-dagboek of an invoice flow (its credit dagboek for a credit note). Refused clearly when
 * the flow has none: without it no invoice number can be determined.
 */
export const integratiedagboek = (
  state: InrichtingState,
  administratie: string,
  integratiesoort: Integratiesoort,
  creditnota: boolean,
): Either<InrichtingFout, NummerendDagboek> => {
  if (!state.administratie) return left(administratieNietIngericht(administratie))
  if (isOhw(integratiesoort)) return left(integratiesoortNietVoorFacturen(integratiesoort))
  const soort = state.integratiesoorten.get(integratiesoort)
  if (!soort) return left(geenIntegratiedagboek(administratie, integratiesoort))
  return nummerendDagboek(state, administratie, creditnota ? soort.creditDagboek : soort.dagboek)
}

/** The settings in force for journalising one invoice of a flow (see `JournaliseringsInrichting`). */
export const journaliseringsInrichting = (
  state: InrichtingState,
  administratie: string,
  integratiesoort: Integratiesoort,
  creditnota: boolean,
): Either<InrichtingFout, JournaliseringsInrichting> => {
  const dagboek = integratiedagboek(state, administratie, integratiesoort, creditnota)
  if (dagboek._tag === 'Left') return dagboek
  const adm = state.administratie
  const soort = state.integratiesoorten.get(integratiesoort)
  if (!adm || !soort) return left(geenIntegratiedagboek(administratie, integratiesoort))
  const debiteurenrekening = rekeningMetFunctie(state, 'debiteuren')
  if (debiteurenrekening === undefined) return left(geenDebiteurenrekening(administratie))
  const btwCodes: JournaliseringsInrichting['btwCodes'] = {}
  for (const code of state.btwCodes.values()) {
    btwCodes[code.btwCode] = { percentage: code.percentage, rekening: code.rekening }
  }
  const factuurkortingrekening = rekeningMetFunctie(state, 'kortingen')
  return right({
    administratie,
    integratiesoort,
    dagboek: dagboek.right.dagboek,
    bron: bronCode(integratiesoort),
    omschrijvingFinancieel: soort.omschrijvingFinancieel,
    verdichtenPerProjectfase: adm.verdichtenPerProjectfase,
    factuurkortingGebruiken: soort.factuurkortingGebruiken,
    betalingskortingGebruiken: soort.betalingskortingGebruiken,
    storneren: soort.storneren,
    btwAfrondingsmodus: adm.btwAfrondingsmodus,
    debiteurenrekening,
    integratiegroepen: Object.fromEntries(state.integratiegroepen),
    btwCodes,
    ...(factuurkortingrekening === undefined ? {} : { factuurkortingrekening }),
  })
}

/** The administratie's VAT rounding mode (R33) and btw-code table, without the VAT accounts. */
export interface BtwInstellingen {
  readonly btwAfrondingsmodus: 'PER_REGEL' | 'PER_TOTAAL'
  readonly btwCodes: readonly {
    readonly btwPlicht: string
    readonly tariefgroep: string
    readonly btwCode: string
    readonly percentage: string
  }[]
}

/** The btw-code that applies to a line, with its rate and the VAT account it books on. */
export interface BtwCodeKeuze {
  readonly btwCode: string
  readonly percentage: string
  readonly rekening: string
}

/** (btw-plicht, tariefgroep) → btw-code with its rate and VAT account, for whoever builds invoice lines. */
export const bepaalBtwCode = (
  state: InrichtingState,
  administratie: string,
  btwPlicht: string,
  tariefgroep: string,
): Either<InrichtingFout, BtwCodeKeuze> => {
  const code = state.btwCodes.get(btwSleutel(btwPlicht, tariefgroep))
  if (!code) return left(btwCodeNietIngericht(administratie, btwPlicht, tariefgroep))
  return right({ btwCode: code.btwCode, percentage: code.percentage, rekening: code.rekening })
}
