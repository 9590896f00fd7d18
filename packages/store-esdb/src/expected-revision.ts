import { ANY, type AppendExpectedRevision, type CurrentRevision, NO_STREAM, STREAM_EXISTS } from '@eventstore/db-client'
import type { ExpectedRevision } from '@factuurstroom/eventsourcing'

/** The kernel's expected revision as the client's `expectedRevision` option. */
export const toClientExpectedRevision = (expected: ExpectedRevision): AppendExpectedRevision => {
  switch (expected) {
    case 'any':
      return ANY
    case 'no_stream':
      return NO_STREAM
    case 'stream_exists':
      return STREAM_EXISTS
    default:
      return expected
  }
}

/** The client's current revision of a stream as the kernel says it: a revision, or `'no_stream'`. */
export const fromClientCurrentRevision = (current: CurrentRevision): bigint | 'no_stream' =>
  typeof current === 'bigint' ? current : 'no_stream'
