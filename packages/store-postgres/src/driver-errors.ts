import { StreamRejectedError } from '@factuurstroom/eventsourcing'
import { isConnectionFailure } from './connection-errors'

// SQLSTATE classes for a statement PostgreSQL refused because of what it was given: data exceptions (22…: invalid
// byte sequences, Unicode escapes JSON cannot hold, values out of range) and program limits (54…: index row size).
const refusedInput = /^(22|54)/

/**
 * An append PostgreSQL refused for its input becomes `StreamRejectedError` naming the stream, so a host never sees
 * a raw driver error; connection failures and anything else are returned unchanged.
 */
export const translateAppendRefusal = (error: unknown, streamId: string): unknown => {
  if (!(error instanceof Error) || isConnectionFailure(error)) return error
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && refusedInput.test(code)
    ? new StreamRejectedError(streamId, `PostgreSQL refused it (${code}: ${error.message})`, { cause: error })
    : error
}
