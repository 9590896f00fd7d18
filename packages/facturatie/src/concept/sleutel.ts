import { type Decider, defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Code } from '../gedeeld/codecs'
import type { ProjectRef } from '../gedeeld/factuuropdracht'
import { streamIdVan } from '../gedeeld/stream-id'
import type { ConceptKopGegevens } from './commands'
import { type ConceptFout, conceptSleutelBezet } from './errors'
import { Conceptsleutel } from './events'
import type { Conceptmethode } from './instellingen'
import type { ConceptKop } from './state'

/**
 * R3: one stream per key (administratie + verkooprelatie + valuta + btw-plicht [+ project]) records which concept
 * holds it. Claims and releases are appended with an expected revision, so two writers can never both open a
 * concept for one key. Never a projection.
 */
export const ConceptSleutelGeclaimd = defineEvent(
  'ConceptSleutelGeclaimd',
  t.type({ administratie: Code, sleutel: Conceptsleutel, conceptId: Code }),
)
/** R3: the concept gave up the key. */
export const ConceptSleutelVrijgegeven = defineEvent(
  'ConceptSleutelVrijgegeven',
  t.type({ administratie: Code, sleutel: Conceptsleutel, conceptId: Code }),
)
const definities = [ConceptSleutelGeclaimd, ConceptSleutelVrijgegeven] as const
/** Codecs of the key stream's events. */
export const sleutelRegistry = eventRegistry(definities)
/** An event on a key stream. */
export type SleutelEvent = EventOf<typeof definities>

/** Who holds the key now. */
export interface SleutelState {
  houder: string | undefined
}

/** What the service asks of a key stream: claim it for a concept, or give it up. */
export type SleutelCommand =
  /** `vervangt`: a holder the caller proved is no longer the key's active concept (closed, or moved to another key). */
  | {
      readonly type: 'ClaimSleutel'
      readonly sleutel: Conceptsleutel
      readonly conceptId: string
      readonly vervangt?: string
    }
  | { readonly type: 'GeefSleutelVrij'; readonly sleutel: Conceptsleutel; readonly conceptId: string }

const decide = (command: SleutelCommand, state: SleutelState): Either<ConceptFout, SleutelEvent[]> => {
  const data = { administratie: command.sleutel.administratie, sleutel: command.sleutel, conceptId: command.conceptId }
  if (command.type === 'GeefSleutelVrij') {
    return right(state.houder === command.conceptId ? [{ type: 'ConceptSleutelVrijgegeven', data }] : [])
  }
  if (state.houder === command.conceptId) return right([])
  if (state.houder === undefined) return right([{ type: 'ConceptSleutelGeclaimd', data }])
  if (state.houder === command.vervangt) {
    return right([
      { type: 'ConceptSleutelVrijgegeven', data: { ...data, conceptId: state.houder } },
      { type: 'ConceptSleutelGeclaimd', data },
    ])
  }
  return left(conceptSleutelBezet(state.houder, beschrijf(command.sleutel)))
}

const evolve = (state: SleutelState, event: SleutelEvent): SleutelState => {
  state.houder = event.type === 'ConceptSleutelGeclaimd' ? event.data.conceptId : undefined
  return state
}

/** R3: the key stream's decider: one holder at a time. */
export const sleutelDecider: Decider<SleutelCommand, SleutelEvent, SleutelState, ConceptFout> = {
  initialState: () => ({ houder: undefined }),
  decide,
  evolve,
}

const beschrijf = (sleutel: Conceptsleutel): string =>
  `verkooprelatie ${sleutel.verkooprelatie}, ${sleutel.valuta}, btw-plicht ${sleutel.btwPlicht}${sleutel.project === undefined ? '' : `, project ${sleutel.project}`}`

/** `conceptsleutel-<adm>-<relatie>-<valuta>-<btw-plicht>-<project or *>`: no two keys share a stream (see `streamIdVan`). */
export const sleutelStreamId = (sleutel: Conceptsleutel): string =>
  streamIdVan(
    'conceptsleutel',
    sleutel.administratie,
    sleutel.verkooprelatie,
    sleutel.valuta,
    sleutel.btwPlicht,
    sleutel.project ?? '*',
  )

/** `concept-<adm>-<conceptId>`: one stream per concept. */
export const conceptStreamId = (administratie: string, conceptId: string): string =>
  streamIdVan('concept', administratie, conceptId)

const sleutel = (
  administratie: string,
  methode: Conceptmethode,
  verkooprelatie: string,
  valuta: string,
  btwPlicht: string,
  project: ProjectRef | undefined,
): Conceptsleutel | undefined =>
  methode === 'perRegel'
    ? undefined
    : {
        administratie,
        verkooprelatie,
        valuta,
        btwPlicht,
        ...(methode === 'perProject' && project !== undefined ? { project: project.nummer } : {}),
      }

/** The R3 key of a concept as it stands (its btw-plicht may have changed); none for per-regel concepts (R2). */
export const sleutelVan = (kop: ConceptKop, btwPlicht: string): Conceptsleutel | undefined =>
  sleutel(kop.administratie, kop.conceptmethode, kop.verkooprelatie.nummer, kop.valuta, btwPlicht, kop.project)

/** The R3 key a command's header routes to; none for per-regel concepts (R2). */
export const sleutelVoor = (administratie: string, kop: ConceptKopGegevens): Conceptsleutel | undefined =>
  sleutel(
    administratie,
    kop.projectInstellingen.conceptmethode,
    kop.verkooprelatie.nummer,
    kop.valuta,
    kop.btwPlicht,
    kop.project,
  )
