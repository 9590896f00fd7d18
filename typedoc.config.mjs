/**
 * `npm run docs`: the API reference in docs/api. Every exported name needs a doc comment: an undocumented export is a
 * warning and warnings fail the build. There is no allow-list.
 */

/** @type {import('typedoc').TypeDocOptions} */
export default {
  name: 'Factuurstroom',
  entryPoints: [
    'packages/eventsourcing/src/index.ts',
    'packages/eventsourcing/src/testing/index.ts',
    'packages/eventsourcing/src/testing/conformance.ts',
    'packages/facturatie/src/index.ts',
    'packages/store-postgres/src/index.ts',
    'packages/store-esdb/src/index.ts',
    'packages/cli/src/index.ts',
  ],
  tsconfig: 'tsconfig.json',
  out: 'docs/api',
  readme: 'none',
  excludePrivate: true,
  excludeInternal: true,
  validation: {
    notExported: false,
    invalidLink: true,
    notDocumented: true,
  },
  requiredToBeDocumented: ['Enum', 'Variable', 'Function', 'Class', 'Interface', 'TypeAlias', 'Namespace'],
  treatWarningsAsErrors: true,
  logLevel: 'Warn',
  packagesRequiringDocumentation: [
    '@factuurstroom/eventsourcing',
    '@factuurstroom/facturatie',
    '@factuurstroom/store-postgres',
    '@factuurstroom/store-esdb',
    '@factuurstroom/cli',
  ],
}
