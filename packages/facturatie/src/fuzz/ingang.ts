import type { CommandContext } from '@factuurstroom/eventsourcing'

/** The administratie every entry point of the fuzz suite works in. */
export const ADM = 'ADM01'

/** What an entry point answered: the services answer with an fp-ts Either; a few actions answer plainly. */
export type Antwoord = unknown

/** One public entry point with valid arguments; the fuzz suite replaces one field of one argument at a time. */
export interface Ingang {
  readonly naam: string
  readonly geldig: () => readonly unknown[]
  readonly roep: (args: readonly unknown[], context: CommandContext) => Promise<Antwoord>
}

/** An entry point that takes one argument and the command context. */
export const een =
  (roep: (input: unknown, context: CommandContext) => Promise<Antwoord>) =>
  (args: readonly unknown[], context: CommandContext) =>
    roep(args[0], context)

/** An entry point that takes two arguments (options and lines) and the command context. */
export const twee =
  (roep: (a: unknown, b: unknown, context: CommandContext) => Promise<Antwoord>) =>
  (args: readonly unknown[], context: CommandContext) =>
    roep(args[0], args[1], context)
