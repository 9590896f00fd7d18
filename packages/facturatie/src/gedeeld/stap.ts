import type { CommandContext } from '@factuurstroom/eventsourcing'

/** Each step gets its own command id derived from the action's, so the audit trail links them (causation). */
export const stap = (context: CommandContext, commandId: string): CommandContext => ({
  ...context,
  commandId,
  causationId: context.commandId,
  correlationId: context.correlationId ?? context.commandId,
})
