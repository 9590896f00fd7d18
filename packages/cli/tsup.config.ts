import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', bin: 'src/bin.ts' },
  format: ['esm', 'cjs'],
  // The view code is bundled from the facturatie sources (until its index exports it), so declarations are built
  // against the workspace sources too.
  dts: {
    entry: { index: 'src/index.ts' },
    compilerOptions: {
      paths: {
        '@factuurstroom/eventsourcing': ['../eventsourcing/src/index.ts'],
        '@factuurstroom/store-postgres': ['../store-postgres/src/index.ts'],
      },
    },
  },
  clean: true,
  sourcemap: true,
  target: 'node20',
  external: ['@factuurstroom/eventsourcing', '@factuurstroom/store-postgres', 'commander', 'cli-progress'],
  tsconfig: 'tsconfig.build.json',
})
