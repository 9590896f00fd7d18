import type { NewEvent } from './envelope'
import { StreamRejectedError } from './errors'

/**
 * The most UTF-8 bytes a stream id may take. PostgreSQL indexes stream ids in a B-tree, whose entries must stay
 * under about 2,700 bytes; 1,000 leaves room on every store.
 */
export const maxStreamIdBytes = 1000

// NUL has no place in PostgreSQL text or JSON; a lone surrogate has no UTF-8 form (a driver would store U+FFFD).
const loneSurrogate = /\p{Cs}/u
const unstorable = (text: string): boolean => text.includes('\u0000') || loneSurrogate.test(text)

/** Why no store can hold this stream id, or `undefined` when every store can. */
export const streamIdProblem = (streamId: string): string | undefined => {
  if (typeof streamId !== 'string' || streamId.length === 0) return 'the stream id is empty'
  if (streamId.startsWith('$')) return "a stream id starting with '$' names a system stream"
  if (unstorable(streamId)) return 'the stream id holds a NUL character or a lone surrogate'
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: only a long id needs counting.
  if (streamId.length * 3 <= maxStreamIdBytes) return undefined
  const bytes = new TextEncoder().encode(streamId).length
  return bytes > maxStreamIdBytes
    ? `the stream id takes ${bytes} UTF-8 bytes, more than ${maxStreamIdBytes}`
    : undefined
}

/**
 * Throws `StreamRejectedError` when no store could hold the stream id or the events exactly as given, so the
 * in-memory store refuses what PostgreSQL and EventStoreDB would, before anything is written.
 */
export const assertStorable = (streamId: string, events: readonly NewEvent[]): void => {
  let problem = streamIdProblem(streamId)
  for (let i = 0; problem === undefined && i < events.length; i++) problem = eventProblem(events[i] as NewEvent, i)
  if (problem !== undefined) throw new StreamRejectedError(streamId, problem)
}

const eventProblem = (event: NewEvent, index: number): string | undefined => {
  if (typeof event.type !== 'string' || event.type.length === 0 || unstorable(event.type)) {
    return `event ${index}: the type is empty or holds a NUL character or a lone surrogate`
  }
  const data = valueProblem(event.data)
  if (data !== undefined) return `event ${index} data${data}`
  const metadata = valueProblem(event.metadata)
  return metadata === undefined ? undefined : `event ${index} metadata${metadata}`
}

/**
 * Walks a JSON-like value: text must have a UTF-8 form without NUL, numbers must be finite (JSON has no NaN). The
 * problem comes back as the rest of its sentence, starting with the path below the value (`.regels.0.bedrag`); the
 * path is only written for a value that has a problem.
 */
const valueProblem = (value: unknown): string | undefined => {
  switch (typeof value) {
    case 'string':
      return unstorable(value) ? ' holds a NUL character or a lone surrogate' : undefined
    case 'number':
      return Number.isFinite(value) ? undefined : ` is ${value}, which JSON cannot carry`
    case 'bigint':
    case 'function':
    case 'symbol':
      return ` is a ${typeof value}, which JSON cannot carry`
    case 'object': {
      if (value === null) return undefined
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const problem = valueProblem(value[i])
          if (problem !== undefined) return `.${i}${problem}`
        }
        return undefined
      }
      for (const key of Object.keys(value)) {
        if (unstorable(key)) return ' has a key holding a NUL character or a lone surrogate'
        const problem = valueProblem((value as Record<string, unknown>)[key])
        if (problem !== undefined) return `.${key}${problem}`
      }
      return undefined
    }
    default:
      return undefined
  }
}
