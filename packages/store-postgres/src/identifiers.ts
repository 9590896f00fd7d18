import { FactuurstroomError } from '@factuurstroom/eventsourcing'

/** A PostgreSQL identifier quoted for SQL text, e.g. `"factuurstroom"`. */
export const quoteIdentifier = (name: string): string => {
  if (name.length === 0 || name.length > 63) {
    throw new FactuurstroomError(
      'SCHEMA_NAAM_ONGELDIG',
      `Invalid PostgreSQL schema name '${name}': it must be 1 to 63 characters long.`,
      { schema: name },
    )
  }
  return `"${name.replaceAll('"', '""')}"`
}

export const defaultSchema = 'factuurstroom'

/** The NOTIFY channel every store uses; the payload names the schema that changed. */
export const appendedChannel = 'factuurstroom_appended'
