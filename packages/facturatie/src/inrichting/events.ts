import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { Code } from '../gedeeld/codecs'
import { streamIdVan } from '../gedeeld/stream-id'
import {
  RichtAdministratieIn,
  RichtBtwCodeIn,
  RichtDagboekIn,
  RichtGrootboekrekeningIn,
  RichtIntegratiesoortIn,
} from './commands'

/** The set-up events carry exactly what their command said (after checks). */
// v2: the administratie's own party (R32), optional: a v1 event reads as it is.
export const AdministratieIngericht = defineEvent('AdministratieIngericht', RichtAdministratieIn, {
  version: 2,
  upcasters: { 1: (data) => data },
})
export const DagboekIngericht = defineEvent('DagboekIngericht', RichtDagboekIn)
export const GrootboekrekeningIngericht = defineEvent(
  'GrootboekrekeningIngericht',
  t.intersection([RichtGrootboekrekeningIn, t.type({ integratiegroepen: t.array(Code) })]),
)
export const BtwCodeIngericht = defineEvent('BtwCodeIngericht', RichtBtwCodeIn)
export const IntegratiesoortIngericht = defineEvent(
  'IntegratiesoortIngericht',
  t.intersection([RichtIntegratiesoortIn, t.type({ creditDagboek: Code })]),
)

/** Every event of an `inrichting` stream, as the registry defines them. */
export const inrichtingEvents = [
  AdministratieIngericht,
  DagboekIngericht,
  GrootboekrekeningIngericht,
  BtwCodeIngericht,
  IntegratiesoortIngericht,
] as const
/** Encodes and decodes (upcasting) an `inrichting` stream's events. */
export const inrichtingRegistry = eventRegistry(inrichtingEvents)
/** Any event of an administratie's `inrichting` stream. */
export type InrichtingEvent = EventOf<typeof inrichtingEvents>

/** The set-up stream of one administratie: `inrichting-<administratie>`. */
export const inrichtingStream = (administratie: string): string => streamIdVan('inrichting', administratie)
