import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { Code, Tekst } from '../../gedeeld/codecs'
import { streamIdVan } from '../../gedeeld/stream-id'
import { Dagboektype } from '../dagboektype'
import { Nummerreeks } from '../reeks'

/** An administratie was registered in the omgeving under its name. */
export const AdministratieToegevoegd = defineEvent(
  'AdministratieToegevoegd',
  t.type({ omgeving: Code, administratie: Code, naam: Tekst }),
)

/** A dagboek's number series, claimed in the omgeving so no other series can ever meet it (R27). */
export const NummerreeksGereserveerd = defineEvent(
  'NummerreeksGereserveerd',
  t.type({ omgeving: Code, administratie: Code, dagboek: Code, dagboektype: Dagboektype, reeks: Nummerreeks }),
)

/** Every event of an `omgeving` stream, as the registry defines them. */
export const omgevingEvents = [AdministratieToegevoegd, NummerreeksGereserveerd] as const
/** Encodes and decodes (upcasting) an `omgeving` stream's events. */
export const omgevingRegistry = eventRegistry(omgevingEvents)
/** Any event of an `omgeving` stream. */
export type OmgevingEvent = EventOf<typeof omgevingEvents>

/** The stream of one omgeving, guarding its administraties and number series: `omgeving-<omgeving>`. */
export const omgevingStream = (omgeving: string): string => streamIdVan('omgeving', omgeving)
