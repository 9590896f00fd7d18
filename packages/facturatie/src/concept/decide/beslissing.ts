import type { Decision } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import type { ConceptCommand } from '../commands'
import type { ConceptFout } from '../errors'
import type { ConceptEvent } from '../events'

/** What deciding one concept command gives: a refusal, or the events (with warnings) it records. */
export type Beslissing = Either<ConceptFout, Decision<ConceptEvent>>

/** The concept command of one type. */
export type Commando<T extends ConceptCommand['type']> = Extract<ConceptCommand, { type: T }>
