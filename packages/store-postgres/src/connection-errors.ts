import { StoreUnavailableError } from '@factuurstroom/eventsourcing'

const networkCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
])
// SQLSTATE: connection exceptions (08…), server shutting down or starting (57P01-57P03), too many connections.
const serverUnavailableStates = /^(08...|57P0[1-3]|53300)$/

const unreachableMessages = [/Connection terminated/i, /timeout exceeded when trying to connect/i]

/** True when an error from `pg` means the server could not be reached, rather than that a statement failed. */
export const isConnectionFailure = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  if (typeof code === 'string' && (networkCodes.has(code) || serverUnavailableStates.test(code))) return true
  if (error instanceof AggregateError) return error.errors.some(isConnectionFailure)
  return unreachableMessages.some((pattern) => pattern.test(error.message))
}

/** Rethrows connection failures as `StoreUnavailableError` naming where the server was expected. */
export const translateConnectionFailure = (error: unknown, location: string): unknown =>
  isConnectionFailure(error)
    ? new StoreUnavailableError(
        `PostgreSQL store unreachable at ${location}: ${describe(error)}. Check that the server is running and that the host, port and credentials are right.`,
        { cause: error },
      )
    : error

const describe = (error: unknown): string => {
  if (error instanceof AggregateError && error.errors.length > 0) return error.errors.map(describe).join('; ')
  if (error instanceof Error) return error.message || ((error as { code?: string }).code ?? error.name)
  return String(error)
}
