import {
  InvalidArgumentError,
  MaxAppendSizeExceededError,
  StreamDeletedError,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client'
import {
  type ExpectedRevision,
  StoreUnavailableError,
  StreamRejectedError,
  WrongExpectedRevisionError,
} from '@factuurstroom/eventsourcing'
import { fromClientCurrentRevision } from './expected-revision'

// gRPC status UNAVAILABLE: what the client throws, unwrapped, when no server answers an append.
const grpcUnavailable = 14

/** Translates a client error on an append into the kernel's errors; anything else is returned unchanged. */
export const translateAppendError = (
  error: unknown,
  streamId: string,
  expected: ExpectedRevision,
  location: string,
): unknown => {
  if (error instanceof WrongExpectedVersionError) {
    return new WrongExpectedRevisionError(streamId, expected, fromClientCurrentRevision(error.actualVersion))
  }
  if (
    error instanceof InvalidArgumentError ||
    error instanceof MaxAppendSizeExceededError ||
    error instanceof StreamDeletedError
  ) {
    return new StreamRejectedError(streamId, `EventStoreDB refused it (${error.message})`, { cause: error })
  }
  return translateUnavailable(error, location)
}

/** An unreachable server becomes `StoreUnavailableError` naming where it was looked for. */
export const translateUnavailable = (error: unknown, location: string): unknown =>
  isUnavailable(error)
    ? new StoreUnavailableError(
        `EventStoreDB store unreachable at ${location}: ${(error as Error).message || 'no answer'}. Check that the server runs and the connection string is right.`,
        { cause: error },
      )
    : error

export const isStreamNotFound = (error: unknown): boolean => error instanceof StreamNotFoundError

const isUnavailable = (error: unknown): boolean =>
  error instanceof UnavailableError ||
  (error instanceof Error && (error as { code?: unknown }).code === grpcUnavailable)
