import * as t from 'io-ts'
import type { TeFacturerenRegel } from '../bronnen'
import { Verstrekking } from '../factuur/commands'
import { Code } from '../gedeeld/codecs'
import { Partij } from '../gedeeld/partij'

/**
 * How a relatie's lines are collected (R16, R19). `apart`: no verzamelfactuur, every source document becomes its own
 * invoice at once; `perRegel`: every line its own invoice at once; the others wait for the Verzamelfactuur function
 * and are collected per verkooprelatie, per project, or per conceptdebiteur (per verkooprelatie, ignoring a
 * project's "apart factureren").
 */
export const Verzamelmethode = t.keyof({
  apart: null,
  perRegel: null,
  perVerkooprelatie: null,
  perProject: null,
  perConceptdebiteur: null,
})
export type Verzamelmethode = t.TypeOf<typeof Verzamelmethode>

/** The period a relatie's collected lines are gathered per (R16, R19): none, a week, a calendar month, four weeks. */
export const Verzamelperiode = t.keyof({ niet: null, week: null, maand: null, vierWeken: null })
export type Verzamelperiode = t.TypeOf<typeof Verzamelperiode>

/** The per-relatie profile the host keeps (R12, R19): what the cockpit needs of it. */
export const Verkooprelatieprofiel = t.intersection([
  t.type({
    relatie: Code,
    geblokkeerd: t.boolean,
    verzamelmethode: Verzamelmethode,
    verzamelperiode: Verzamelperiode,
    /** Verstrekkingswijze per report type (R22). */
    verstrekkingen: t.array(Verstrekking),
  }),
  t.partial({
    /** R12 "factureren aan": the relatie this relatie's invoices go to on purpose (e.g. the head office). */
    facturerenAan: Code,
    /** R32: the relatie's party data (address, btw-id, KvK, Peppol id, invoice e-mail), recorded on its invoices. */
    partij: Partij,
  }),
])
export type Verkooprelatieprofiel = t.TypeOf<typeof Verkooprelatieprofiel>

/** The collecting rule that applied to a line, recorded when it is staged. */
export const Verzameling = t.type({
  methode: Verzamelmethode,
  periode: Verzamelperiode,
  /** R16: with concepts on, method and period were fixed rather than taken from the profile. */
  vastgezetDoorConcepten: t.boolean,
})
export type Verzameling = t.TypeOf<typeof Verzameling>

/**
 * R16: with concepts on, a collecting method is fixed to per verkooprelatie (per conceptdebiteur stays, it exists
 * only with concepts) and the period to "niet". `apart` and `perRegel` do not collect, so they stay.
 */
export const geldendeVerzameling = (profiel: Verkooprelatieprofiel, conceptfacturering: boolean): Verzameling => {
  if (!conceptfacturering) {
    return { methode: profiel.verzamelmethode, periode: profiel.verzamelperiode, vastgezetDoorConcepten: false }
  }
  const verzamelt = profiel.verzamelmethode !== 'apart' && profiel.verzamelmethode !== 'perRegel'
  const methode =
    verzamelt && profiel.verzamelmethode !== 'perConceptdebiteur' ? 'perVerkooprelatie' : profiel.verzamelmethode
  return { methode, periode: 'niet', vastgezetDoorConcepten: true }
}

const verzamelt = (methode: Verzamelmethode): boolean => methode !== 'apart' && methode !== 'perRegel'

/** R19: invoiced at once, or waiting for the Verzamelfactuur function. A subscription may deviate (R16). */
export const bestemming = (regel: TeFacturerenRegel, verzameling: Verzameling): 'apart' | 'verzamelen' => {
  if (regel.verzamelen !== undefined) return regel.verzamelen ? 'verzamelen' : 'apart'
  return verzamelt(verzameling.methode) ? 'verzamelen' : 'apart'
}

/** Lines invoiced at once: one invoice per source document (or per line), relatie, valuta and btw-plicht. */
export const apartSleutel = (regel: TeFacturerenRegel, verzameling: Verzameling): string =>
  verzameling.methode === 'perRegel'
    ? regel.id
    : [
        regel.integratiesoort,
        regel.bron,
        regel.bronId,
        regel.factuurrelatie.nummer,
        regel.valuta,
        regel.btwPlicht,
      ].join('|')

/**
 * Lines collected on one verzamelfactuur. Per project, and per verkooprelatie for a project on "apart factureren"
 * (R16), add the project; per conceptdebiteur never does. A collecting period adds the period. A concept over several
 * projects hands over no invoice project, so its printed line's project counts.
 */
export const verzamelSleutel = (regel: TeFacturerenRegel, verzameling: Verzameling): string => {
  const perProject =
    verzameling.methode === 'perProject' ||
    (verzameling.methode === 'perVerkooprelatie' && regel.apartFactureren === true)
  return [
    regel.verkooprelatie.nummer,
    regel.factuurrelatie.nummer,
    regel.valuta,
    regel.btwPlicht,
    perProject ? (regel.project?.nummer ?? regel.regel.project?.nummer ?? '') : '',
    periode(regel.datum, verzameling.periode)?.van ?? '',
  ].join('|')
}

const DAG = 86_400_000
const MAANDAG = Date.UTC(1970, 0, 5)
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** The collecting period a date falls in: a week (Monday–Sunday), a calendar month, or a block of four weeks. */
export const periode = (datum: string, soort: Verzamelperiode): { van: string; tot: string } | undefined => {
  const ms = Date.parse(`${datum}T00:00:00.000Z`)
  switch (soort) {
    case 'niet':
      return undefined
    case 'maand': {
      const d = new Date(ms)
      return {
        van: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)),
        tot: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)),
      }
    }
    case 'week':
    case 'vierWeken': {
      const lengte = soort === 'week' ? 7 : 28
      const van = MAANDAG + Math.floor((ms - MAANDAG) / (lengte * DAG)) * lengte * DAG
      return { van: iso(van), tot: iso(van + (lengte - 1) * DAG) }
    }
  }
}
