import { type EventStore, FactuurstroomError, type ReplayLimit } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'

const {
  alleFacturen,
  alleRelaties,
  alleFactuurregels,
  conceptenOverzicht,
  herbouwWeergaven,
  journaalPerDagboekEnPeriode,
  journaalposten,
  nietVerwerkteFacturen,
  openstaandePosten,
  openstaandPerDebiteur,
  totEnMet,
} = weergaven

/** The views `as-of` can show, by the name an auditor types. */
export const AS_OF_VIEWS = [
  'niet-verwerkte-facturen',
  'alle-facturen',
  'alle-factuurregels',
  'concepten',
  'openstaande-posten',
  'openstaand-per-debiteur',
  'journaalposten',
  'journaal-per-periode',
] as const
/** The views `factuurstroom as-of` can rebuild, by their command-line name. */
export type AsOfView = (typeof AS_OF_VIEWS)[number]

/** Filters of `factuurstroom as-of`: whose authorisation, which administratie and relatie, up to which position. */
export interface AsOfOptions {
  /** R12: show only the relaties this medewerker was (hoofd)declarant of at that moment; without it, all (an auditor). */
  readonly als?: string
  readonly administratie?: string
  readonly relatie?: string
  /** Instead of the date: stop at this global position (inclusive). */
  readonly positie?: bigint
}

/** A view as it stood at a moment: the moment, the log position it reached, the authorisation and the rows. */
export interface AsOfReport {
  readonly view: AsOfView
  readonly moment: string
  readonly positie: string | undefined
  /** The authorisation the view was queried under: `alle relaties` or `medewerker <code>`. */
  readonly autorisatie: string
  readonly rijen: readonly object[]
}

/**
 * A view as it stood at the end of `moment` (a date `YYYY-MM-DD`, or an ISO instant), rebuilt from the log up to
 * that recording time. Ages of open items are computed on the same date. R12 filters by the declarant assignment
 * that held at that moment.
 */
export const runAsOf = async (
  store: EventStore,
  moment: string,
  view: AsOfView,
  options: AsOfOptions = {},
): Promise<AsOfReport> => {
  if (!(AS_OF_VIEWS as readonly string[]).includes(view)) {
    throw new FactuurstroomError(
      'WEERGAVE_ONBEKEND',
      `Unknown view '${view}'. Choose one of: ${AS_OF_VIEWS.join(', ')}.`,
      {
        view,
      },
    )
  }
  const limit: ReplayLimit =
    options.positie !== undefined ? { toPosition: options.positie } : { toRecordedAt: totEnMet(moment) }
  const { view: v, position } = await herbouwWeergaven(store, limit)
  const filter = {
    ...(options.administratie ? { administratie: options.administratie } : {}),
    ...(options.relatie ? { relatie: options.relatie } : {}),
  }
  const peildatum = totEnMet(moment).toISOString().slice(0, 10)
  const a: weergaven.Autorisatie = options.als === undefined ? alleRelaties : { medewerker: options.als }
  const rijen = ((): readonly object[] => {
    switch (view) {
      case 'niet-verwerkte-facturen':
        return nietVerwerkteFacturen(v.facturen, a, { filter, sorteer: { kolom: 'factuurnummer' } }).rijen
      case 'alle-facturen':
        return alleFacturen(v.facturen, a, { filter, sorteer: { kolom: 'factuurnummer' } }).rijen
      case 'alle-factuurregels':
        return alleFactuurregels(v.facturen, a, { filter, sorteer: { kolom: 'factuurnummer' } }).rijen
      case 'concepten':
        return conceptenOverzicht(v.concepten, a, { filter, sorteer: { kolom: 'conceptId' } }).rijen
      case 'openstaande-posten':
        return openstaandePosten(v.openstaandePosten, a, { peildatum, filter, sorteer: { kolom: 'factuurnummer' } })
          .rijen
      case 'openstaand-per-debiteur':
        return openstaandPerDebiteur(v.openstaandePosten, a, { peildatum, filter })
      case 'journaalposten':
        return journaalposten(v.journaal, a, { filter, sorteer: { kolom: 'factuurnummer' } }).rijen.map(
          ({ regels: _regels, ...rij }) => rij,
        )
      case 'journaal-per-periode':
        return journaalPerDagboekEnPeriode(v.journaal, a, filter)
    }
  })()
  const autorisatie = options.als === undefined ? 'alle relaties' : `medewerker ${options.als}`
  return { view, moment, positie: position?.toString(), autorisatie, rijen }
}
