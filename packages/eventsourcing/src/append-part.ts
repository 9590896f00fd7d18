import { type AggregateCache, foldAppended } from './aggregate-loader'
import { appendAtomically } from './append-atomically'
import type { EventRegistry } from './codec'
import type { CommandContext } from './command-handler'
import type { Decider, DomainError } from './decider'
import type { DomainEvent } from './envelope'
import { metadataFor } from './event-metadata'
import type { AppendResult, EventStore, ExpectedRevision, StreamAppend } from './event-store'

/** One stream's part of an append, as the store takes it, and what follows once it is written. */
export interface AppendPart extends StreamAppend {
  /** Takes the part's result once it is written (`appendPart` folds the events into the cached state here). */
  readonly onAppended: (result: AppendResult) => void
}

/** The decider of a stream and the cache its folded state is kept in: where `appendPart` folds what was written. */
export interface KeptIn<Command, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State, DomainError>
  readonly cache: AggregateCache | undefined
}

/**
 * A command's events as one stream's part of an append, with the command's metadata; with `keptIn`, the written
 * events are folded into that cache (`foldAppended`), so no command reads them back.
 */
export const appendPart = <Command, Event extends DomainEvent, State>(
  streamId: string,
  registry: EventRegistry<Event>,
  events: readonly Event[],
  expected: ExpectedRevision,
  context: CommandContext,
  keptIn?: KeptIn<Command, Event, State>,
): AppendPart => {
  const metadata = metadataFor(context)
  return {
    streamId,
    events: events.map((event) => registry.toNewEvent(event, metadata)),
    expected,
    onAppended: (result) => {
      if (keptIn)
        foldAppended(keptIn.cache, streamId, keptIn.decider, { expected, result, commandId: context.commandId, events })
    },
  }
}

/** Appends the parts as one (`appendAtomically`) and hands each its result once all are written. */
export const appendParts = async (store: EventStore, parts: readonly AppendPart[]): Promise<AppendResult[]> => {
  const results = await appendAtomically(
    store,
    parts.map(({ streamId, events, expected }) => ({ streamId, events, expected })),
  )
  for (const [i, part] of parts.entries()) part.onAppended(results[i] as AppendResult)
  return results
}
