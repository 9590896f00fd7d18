import { type EventStore, foldEvents, loadAggregate } from '@factuurstroom/eventsourcing'
import {
  type Betalingsconditie,
  type Factuurpartijen,
  type Factuurregel,
  factuur,
  type journalisering,
  type ProjectRef,
  type RelatieRef,
} from '@factuurstroom/facturatie'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { type DocumentFout, factuurOnbekend, nietGefactureerd, zonderPartijen } from './fouten'

/**
 * Everything a customer's document shows, taken from the invoice's own events only (replay needs no master data).
 * Amounts keep the invoice's sign: a credit note's are negative.
 */
export interface Factuurdocument {
  readonly soort: 'factuur' | 'creditnota'
  readonly administratie: string
  readonly factuurId: string
  readonly factuurnummer: string
  readonly factuurdatum: string
  /** R32 supply date: the delivery date where the source has one, else the invoice date. */
  readonly leverdatum: string
  readonly vervaldatum: string | undefined
  readonly valuta: string
  readonly btwPlicht: string
  readonly partijen: Factuurpartijen
  readonly verkooprelatie: RelatieRef
  readonly factuurrelatie: RelatieRef
  readonly regels: readonly Factuurregel[]
  /** R12 "factuur geheel verdichten": the one printed line. */
  readonly geheelVerdicht: { omschrijving: string; bedrag: string } | undefined
  readonly btw: journalisering.BtwBerekening
  readonly creditnota: journalisering.Creditverwijzing | undefined
  readonly project: ProjectRef | undefined
  readonly betalingsconditie: Betalingsconditie | undefined
  readonly vrijeVelden: Readonly<Record<string, unknown>> | undefined
}

const plusDagen = (datum: string, dagen: number): string =>
  new Date(Date.parse(`${datum}T00:00:00.000Z`) + dagen * 86_400_000).toISOString().slice(0, 10)

/** The document of a numbered invoice with its parties recorded (R32). */
export const factuurdocumentVan = (state: factuur.FactuurState): Either<DocumentFout, Factuurdocument> => {
  if (!state.aangemaakt || !state.opdracht || !state.btw)
    return left(factuurOnbekend(state.administratie, state.factuurId))
  if (state.factuurnummer === undefined) return left(nietGefactureerd(state.factuurId))
  const opdracht = factuur.huidigeOpdracht(state)
  if (!opdracht.partijen) return left(zonderPartijen(state.factuurId, state.administratie))
  return right({
    soort: state.creditnota ? 'creditnota' : 'factuur',
    administratie: state.administratie,
    factuurId: state.factuurId,
    factuurnummer: state.factuurnummer,
    factuurdatum: opdracht.factuurdatum,
    leverdatum: opdracht.leverdatum ?? opdracht.factuurdatum,
    vervaldatum: opdracht.betalingsconditie
      ? plusDagen(opdracht.factuurdatum, opdracht.betalingsconditie.termijnDagen)
      : undefined,
    valuta: opdracht.valuta,
    btwPlicht: opdracht.btwPlicht,
    partijen: opdracht.partijen,
    verkooprelatie: opdracht.verkooprelatie,
    factuurrelatie: opdracht.factuurrelatie,
    regels: opdracht.regels,
    geheelVerdicht: opdracht.geheelVerdicht,
    btw: state.btw,
    creditnota: state.creditnota,
    project: opdracht.project,
    betalingsconditie: opdracht.betalingsconditie,
    vrijeVelden: opdracht.vrijeVelden,
  })
}

/** Folds an invoice's events (in stream order) into its document. */
export const factuurdocumentUitEvents = (
  events: readonly factuur.FactuurEvent[],
): Either<DocumentFout, Factuurdocument> =>
  factuurdocumentVan(foldEvents(factuur.factuurDecider, factuur.factuurDecider.initialState(), events))

/** Reads one invoice's stream from the store and makes its document. */
export const laadFactuurdocument = async (
  store: EventStore,
  administratie: string,
  factuurId: string,
): Promise<Either<DocumentFout, Factuurdocument>> => {
  const { state } = await loadAggregate(
    store,
    factuur.factuurStreamId(administratie, factuurId),
    factuur.factuurDecider,
    factuur.factuurRegistry,
  )
  if (!state.aangemaakt) return left(factuurOnbekend(administratie, factuurId))
  return factuurdocumentVan(state)
}
