/** The database holds a schema version this code does not know: a newer release migrated it. */
export class SchemaTooNewError extends Error {
  override readonly name = 'SchemaTooNewError'
  readonly code = 'SCHEMA_TOO_NEW'
  constructor(
    readonly schema: string,
    readonly databaseVersion: number,
    readonly codeVersion: number,
  ) {
    super(
      `PostgreSQL schema '${schema}' is at version ${databaseVersion}, but this @factuurstroom/store-postgres only knows versions up to ${codeVersion}. A newer release has migrated this database; upgrade the package instead of running an older one against it.`,
    )
  }
}
