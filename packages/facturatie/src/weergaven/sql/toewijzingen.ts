import { type Autorisatie, type Declaranten, type Toewijzingen, toewijzingUit, vereisAutorisatie } from '../autorisatie'
import type { Definitie } from '../bevraging'
import { type ExtraVoorwaarden, type Tabel, type Tabelweergave, voeding } from './tabel'

/** R12: a relatie's declarant assignment as a view table stores it, beside the rows it authorises. */
export interface DeclarantenRij extends Declaranten {
  readonly administratie: string
  readonly relatie: string
}

export type DeclarantenKolom = 'relatie' | 'hoofddeclarant' | 'declarant'

const declarantenDefinitie: Definitie<DeclarantenRij, DeclarantenKolom> = {
  kolommen: { relatie: 'tekst', hoofddeclarant: 'tekst', declarant: 'tekst' },
  sleutel: (r) => `${r.administratie}|${r.relatie}`,
  administratie: (r) => r.administratie,
  relaties: (r) => [r.relatie],
  status: () => '',
  datum: () => undefined,
  waarde: (r, kolom) => r[kolom],
}

/** A table named `naam` that keeps the declarant assignments (R12) a view table joins on. */
export const declarantenTabel = (naam: string): Tabel<DeclarantenRij, DeclarantenKolom> => ({
  naam,
  definitie: declarantenDefinitie,
})

const TOEWIJZING = 'declaranten:'
const toewijzing = (sleutel: string): string | undefined =>
  sleutel.startsWith(TOEWIJZING) ? sleutel.slice(TOEWIJZING.length) : undefined

/**
 * A view table that also keeps its view's declarant assignments in `tabel`, at the same checkpoint as its rows, so a
 * query joins on the assignment as of exactly the position its rows stand at.
 */
export const metToewijzingen = <View extends { readonly declaranten: Toewijzingen }>(
  definitie: Tabelweergave<View>,
  tabel: Tabel<DeclarantenRij, DeclarantenKolom>,
): Tabelweergave<View> => {
  const { zetTerug } = definitie
  return {
    weergave: definitie.weergave,
    sleutels: (event) => {
      const eigen = definitie.sleutels(event)
      const t = toewijzingUit(event)
      return t ? [...eigen, `${TOEWIJZING}${t.sleutel}`] : eigen
    },
    stand: (view, sleutel) => {
      const relatie = toewijzing(sleutel)
      return relatie === undefined ? definitie.stand(view, sleutel) : view.declaranten.get(relatie)
    },
    ...(zetTerug && {
      zetTerug: (view: View, sleutel: string, stand: unknown) => {
        const relatie = toewijzing(sleutel)
        if (relatie === undefined) zetTerug(view, sleutel, stand)
        else view.declaranten.set(relatie, stand as Declaranten)
      },
    }),
    tabellen: [
      ...definitie.tabellen.map((t) => ({
        ...t,
        records: (view: View, sleutel: string) => (toewijzing(sleutel) === undefined ? t.records(view, sleutel) : []),
      })),
      voeding(tabel, (view: View, sleutel) => {
        const relatie = toewijzing(sleutel)
        const declaranten = relatie === undefined ? undefined : view.declaranten.get(relatie)
        if (relatie === undefined || declaranten === undefined) return []
        const [administratie = '', nummer = ''] = relatie.split('|')
        return [{ administratie, relatie: nummer, ...declaranten }]
      }),
    ],
  }
}

/**
 * R12 in SQL: the row's relatie (column `relatieKolom` of `t`) is one where the caller is (hoofd)declarant by
 * `tabel`; nothing for `alleRelaties`. Refuses a missing or malformed authorisation like the in-memory views.
 */
export const declarantVan =
  (autorisatie: Autorisatie, tabel: string, relatieKolom: string): ExtraVoorwaarden =>
  (p, schema) => {
    const a = vereisAutorisatie(autorisatie)
    if (!('medewerker' in a)) return []
    const medewerker = p(a.medewerker)
    return [
      `EXISTS (SELECT 1 FROM ${schema}.${tabel} AS d
        WHERE d.administratie = t.administratie AND d.k_relatie = ${relatieKolom}
          AND (d.k_hoofddeclarant = ${medewerker} OR d.k_declarant = ${medewerker}))`,
    ]
  }
