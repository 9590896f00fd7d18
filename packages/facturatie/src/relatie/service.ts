import {
  type CommandContext,
  commandHandler,
  type DecodeError,
  type DomainError,
  decodeWith,
  type EventStore,
  type RetryPolicy,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import { WijsDeclarantenToe } from './commands'
import { relatieDecider } from './decider'
import { type RelatieEvent, relatieRegistry, relatieStream } from './events'

/** The decider refuses nothing (`DomainError<never>`): only bad input is a Left. */
export type RelatieResultaat = Either<DecodeError | DomainError<never>, { readonly events: readonly RelatieEvent[] }>

/** Master data of verkooprelaties that views depend on: the declarant assignment (R12). */
export const relatieService = (store: EventStore, options: { readonly retry?: RetryPolicy } = {}) => {
  const handle = commandHandler(store, {
    decider: relatieDecider,
    registry: relatieRegistry,
    streamId: (command) => relatieStream(command.administratie, command.verkooprelatie),
    ...(options.retry ? { retry: options.retry } : {}),
  })
  return {
    /**
     * Records who is hoofddeclarant and declarant of a verkooprelatie from this moment on. Bad input is a
     * `DecodeError` naming field and value, and writes nothing.
     */
    wijsDeclarantenToe: async (input: unknown, context: CommandContext): Promise<RelatieResultaat> => {
      const decoded = decodeWith(WijsDeclarantenToe, 'WijsDeclarantenToe', input)
      if (isLeft(decoded)) return decoded
      const result = await handle({ type: 'WijsDeclarantenToe', ...decoded.right }, context)
      return isLeft(result) ? result : right({ events: result.right.events })
    },
  }
}

/** The relatie service `relatieService(store)` returns. */
export type RelatieService = ReturnType<typeof relatieService>
