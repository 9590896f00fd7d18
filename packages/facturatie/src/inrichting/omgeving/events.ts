import { defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import * as t from 'io-ts'
import { Code, Tekst } from '../../gedeeld/codecs'
import { streamIdVan } from '../../gedeeld/stream-id'
import { Dagboektype } from '../dagboektype'
import { Nummerreeks } from '../reeks'

export const AdministratieToegevoegd = defineEvent(
  'AdministratieToegevoegd',
  t.type({ omgeving: Code, administratie: Code, naam: Tekst }),
)

/** A dagboek's number series, claimed in the omgeving so no other series can ever meet it (R27). */
export const NummerreeksGereserveerd = defineEvent(
  'NummerreeksGereserveerd',
  t.type({ omgeving: Code, administratie: Code, dagboek: Code, dagboektype: Dagboektype, reeks: Nummerreeks }),
)

export const omgevingEvents = [AdministratieToegevoegd, NummerreeksGereserveerd] as const
export const omgevingRegistry = eventRegistry(omgevingEvents)
export type OmgevingEvent = EventOf<typeof omgevingEvents>

export const omgevingStream = (omgeving: string): string => streamIdVan('omgeving', omgeving)
