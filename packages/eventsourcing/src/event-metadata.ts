import type { CommandContext } from './command-handler'
import type { EventMetadata } from './envelope'

/**
 * The event metadata of a command: command id, occurredAt and, where given, actor, correlation and causation ids.
 * Each fact is recorded once: a causation id equal to the command id is left out (absent means "caused by the command
 * itself"), and so is a correlation id equal to the causation (absent means "correlated by its cause"). Read them back
 * with `causationIdOf` and `correlationIdOf`.
 */
export const metadataFor = (context: CommandContext): EventMetadata => {
  const metadata: Record<string, string> = { commandId: context.commandId, occurredAt: context.occurredAt }
  if (context.actor !== undefined) metadata.actor = context.actor
  const causation = context.causationId ?? context.commandId
  if (context.correlationId !== undefined && context.correlationId !== causation) {
    metadata.correlationId = context.correlationId
  }
  if (causation !== context.commandId) metadata.causationId = causation
  return metadata as EventMetadata
}

/** The id of the command (or message) that caused the event: `causationId`, or when absent the event's own command. */
export const causationIdOf = (metadata: EventMetadata): string | undefined => metadata.causationId ?? metadata.commandId

/** The id that correlates the event with its conversation: `correlationId`, or when absent its causation. */
export const correlationIdOf = (metadata: EventMetadata): string | undefined =>
  metadata.correlationId ?? causationIdOf(metadata)
