import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (path: string) => fileURLToPath(new URL(`./packages/${path}`, import.meta.url))

export default defineConfig({
  resolve: {
    alias: [
      { find: '@factuurstroom/eventsourcing/testing', replacement: src('eventsourcing/src/testing/index.ts') },
      {
        find: '@factuurstroom/eventsourcing/conformance',
        replacement: src('eventsourcing/src/testing/conformance.ts'),
      },
      { find: '@factuurstroom/eventsourcing', replacement: src('eventsourcing/src/index.ts') },
      { find: '@factuurstroom/facturatie', replacement: src('facturatie/src/index.ts') },
      { find: '@factuurstroom/store-postgres', replacement: src('store-postgres/src/index.ts') },
      { find: '@factuurstroom/store-esdb', replacement: src('store-esdb/src/index.ts') },
      { find: '@factuurstroom/documenten', replacement: src('documenten/src/index.ts') },
      { find: '@factuurstroom/cockpit-web', replacement: src('cockpit-web/src/index.ts') },
    ],
  },
  test: {
    include: [
      'packages/*/src/**/*.spec.ts',
      'packages/*/test/**/*.spec.ts',
      'examples/*/src/**/*.spec.ts',
      'examples/*/test/**/*.spec.ts',
      'scripts/**/*.spec.mjs',
    ],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    globalSetup: ['packages/store-postgres/test/global-setup.ts'],
  },
})
