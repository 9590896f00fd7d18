import * as t from 'io-ts'
import { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import { Code, Datum } from '../../gedeeld/codecs'
import { streamIdVan } from '../../gedeeld/stream-id'
import { Verzameling } from '../profiel'

/** The cockpit action (R20) a run was started from, recorded with its staged lines. */
export const Cockpitactie = t.keyof({
  abonnementen: null,
  cursussen: null,
  ordermanagement: null,
  nacalculatie: null,
  concepten: null,
  termijnen: null,
})
export type Cockpitactie = t.TypeOf<typeof Cockpitactie>

/** Stages a run's lines (R19): lines to invoice at once are grouped into invoices with their ids fixed now. */
export const ZetRegelsKlaar = t.type({
  type: t.literal('ZetRegelsKlaar'),
  administratie: Code,
  runId: Code,
  actie: Cockpitactie,
  factuurdatum: Datum,
  regels: t.array(TeFacturerenRegel),
  /** Per verkooprelatie number: the collecting rule in force (profile, fixed by R16 with concepts on). */
  verzamelingen: t.record(t.string, Verzameling),
})
export type ZetRegelsKlaar = t.TypeOf<typeof ZetRegelsKlaar>

/** The Verzamelfactuur function: groups the waiting lines whose period has ended by `totEnMet`. */
export const StelVerzamelfacturenSamen = t.intersection([
  t.type({
    type: t.literal('StelVerzamelfacturenSamen'),
    administratie: Code,
    runId: Code,
    totEnMet: Datum,
    factuurdatum: Datum,
  }),
  t.partial({ verkooprelaties: t.array(Code) }),
])
export type StelVerzamelfacturenSamen = t.TypeOf<typeof StelVerzamelfacturenSamen>

/** Staged invoices that got their number: their lines are done. Several at once, so a run marks in few appends. */
export const MarkeerGefactureerd = t.type({
  type: t.literal('MarkeerGefactureerd'),
  administratie: Code,
  facturen: t.array(t.type({ factuurId: Code, factuurnummer: Code })),
})
export type MarkeerGefactureerd = t.TypeOf<typeof MarkeerGefactureerd>

/** Any command on an administratie's `tefactureren` stream. */
export type TeFacturerenCommand = ZetRegelsKlaar | StelVerzamelfacturenSamen | MarkeerGefactureerd

/** One stream per administratie holds every staged line: the guard that a line is staged (and invoiced) once. */
export const teFacturerenStreamId = (administratie: string): string => streamIdVan('tefactureren', administratie)
