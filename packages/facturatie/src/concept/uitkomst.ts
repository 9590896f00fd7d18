import type { DecodeError, DomainWarning } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import type { ConceptFout } from './errors'
import type { ConceptEvent } from './events'

/** What a concept service method can refuse with: a decode error for bad input, a concept error for a rule. */
export type ConceptServiceFout = ConceptFout | DecodeError

/** What a concept service command did. */
export interface ConceptUitkomst {
  /** Per concept touched, the events appended (or, for a repeated command id, recorded earlier). */
  readonly concepten: readonly {
    readonly conceptId: string
    readonly events: readonly ConceptEvent[]
    readonly duplicate: boolean
  }[]
  readonly warnings: readonly DomainWarning[]
}

/** The result every concept command of the service returns. */
export type Resultaat = Promise<Either<ConceptServiceFout, ConceptUitkomst>>

/**
 * The result of a set-up command that answers only done or refused. Named, like `Resultaat`, so the package's
 * declarations refer to it instead of spelling out fp-ts's `Either` without the `.js` a nodenext host needs.
 */
export type Ingericht = Promise<Either<ConceptServiceFout, void>>

/** The outcome of a command that touched one concept. */
export const uitkomst = (
  conceptId: string,
  events: readonly ConceptEvent[],
  duplicate: boolean,
  warnings: readonly DomainWarning[] = [],
): ConceptUitkomst => ({
  concepten: [{ conceptId, events, duplicate }],
  warnings,
})
