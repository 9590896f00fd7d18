import type { Decision } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { gelijk } from '../gedeeld/gelijk'
import { isOhw } from '../journalisering/integratiesoort'
import { omschrijvingToegestaan } from '../journalisering/omschrijving'
import type { InrichtingCommand } from './commands'
import {
  administratieInAndereOmgeving,
  administratieNietIngericht,
  dagboekBestaatAl,
  dagboekOnbekend,
  dagboektypePastNiet,
  functieAlIngericht,
  geenNummerreeks,
  type InrichtingFout,
  integratiegroepAlGekoppeld,
  omschrijvingNietToegestaan,
  reeksOngeldig,
  rekeningFunctiePastNiet,
  rekeningOnbekend,
} from './errors'
import type { InrichtingEvent } from './events'
import { btwSleutel, type InrichtingState } from './state'
import { valideerReeks } from './valideer'

type Uitkomst = Either<InrichtingFout, Decision<InrichtingEvent>>

/** Setting up what is already set up, identically, records nothing: every set-up call may be retried. */
const eenmalig = (bestaand: unknown, event: InrichtingEvent): Uitkomst =>
  right(bestaand !== undefined && gelijk(bestaand, event.data) ? [] : [event])

export const decideInrichting = (command: InrichtingCommand, state: InrichtingState): Uitkomst => {
  if (command.type === 'RichtAdministratieIn') {
    const { type: _, ...data } = command
    if (state.administratie && state.administratie.omgeving !== data.omgeving) {
      return left(administratieInAndereOmgeving(data.administratie, state.administratie.omgeving, data.omgeving))
    }
    return eenmalig(state.administratie, { type: 'AdministratieIngericht', data })
  }
  if (!state.administratie) return left(administratieNietIngericht(command.administratie))
  switch (command.type) {
    case 'RichtDagboekIn':
      return richtDagboekIn(command, state)
    case 'RichtGrootboekrekeningIn':
      return richtGrootboekrekeningIn(command, state)
    case 'RichtBtwCodeIn': {
      const { type: _, ...data } = command
      const rekening = state.rekeningen.get(data.rekening)
      if (!rekening) return left(rekeningOnbekend(data.administratie, data.rekening))
      if (rekening.functie !== 'btw') return left(rekeningFunctiePastNiet(data.rekening, rekening.functie, 'btw'))
      return eenmalig(state.btwCodes.get(btwSleutel(data.btwPlicht, data.tariefgroep)), {
        type: 'BtwCodeIngericht',
        data,
      })
    }
    case 'RichtIntegratiesoortIn':
      return richtIntegratiesoortIn(command, state)
  }
}

const richtDagboekIn = (command: Extract<InrichtingCommand, { type: 'RichtDagboekIn' }>, state: InrichtingState) => {
  const { type: _, ...data } = command
  if (data.reeks) {
    if (data.dagboektype === 'memoriaal') {
      return left(
        reeksOngeldig('a Memoriaal dagboek does not number invoices; leave the series out', {
          dagboek: data.dagboek,
        }),
      )
    }
    const ongeldig = valideerReeks(data.reeks)
    if (ongeldig) return left(ongeldig)
  } else if (data.dagboektype === 'verkoop') {
    return left(geenNummerreeks(data.administratie, data.dagboek))
  }
  const bestaand = state.dagboeken.get(data.dagboek)
  if (bestaand && !gelijk(bestaand, data)) return left(dagboekBestaatAl(data.administratie, data.dagboek))
  return eenmalig(bestaand, { type: 'DagboekIngericht', data })
}

const richtGrootboekrekeningIn = (
  command: Extract<InrichtingCommand, { type: 'RichtGrootboekrekeningIn' }>,
  state: InrichtingState,
): Uitkomst => {
  const { type: _, ...rest } = command
  const data = { ...rest, integratiegroepen: rest.integratiegroepen ?? [] }
  const metGroepen = data.functie === 'omzet' || data.functie === 'voorschotten' || data.functie === 'afronding'
  if (!metGroepen && data.integratiegroepen.length > 0) {
    return left(rekeningFunctiePastNiet(data.rekening, data.functie, 'omzet, voorschotten or afronding'))
  }
  for (const groep of data.integratiegroepen) {
    const elders = state.integratiegroepen.get(groep)
    if (elders !== undefined && elders !== data.rekening) return left(integratiegroepAlGekoppeld(groep, elders))
  }
  if (data.functie === 'debiteuren' || data.functie === 'kortingen') {
    for (const ander of state.rekeningen.values()) {
      if (ander.functie === data.functie && ander.rekening !== data.rekening) {
        return left(functieAlIngericht(data.functie, ander.rekening))
      }
    }
  }
  return eenmalig(state.rekeningen.get(data.rekening), { type: 'GrootboekrekeningIngericht', data })
}

const richtIntegratiesoortIn = (
  command: Extract<InrichtingCommand, { type: 'RichtIntegratiesoortIn' }>,
  state: InrichtingState,
): Uitkomst => {
  const { type: _, ...rest } = command
  const data = { ...rest, creditDagboek: rest.creditDagboek ?? rest.dagboek }
  const vereist = isOhw(data.integratiesoort) ? 'memoriaal' : 'verkoop'
  for (const code of [data.dagboek, data.creditDagboek]) {
    const dagboek = state.dagboeken.get(code)
    if (!dagboek) return left(dagboekOnbekend(data.administratie, code))
    if (dagboek.dagboektype !== vereist) {
      return left(dagboektypePastNiet(code, dagboek.dagboektype, vereist, data.integratiesoort))
    }
  }
  const perProjectfase = state.administratie?.verdichtenPerProjectfase ?? false
  if (!omschrijvingToegestaan(data.omschrijvingFinancieel, data.integratiesoort, perProjectfase)) {
    return left(omschrijvingNietToegestaan(data.omschrijvingFinancieel, data.integratiesoort))
  }
  return eenmalig(state.integratiesoorten.get(data.integratiesoort), { type: 'IntegratiesoortIngericht', data })
}
