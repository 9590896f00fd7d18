import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))

// A host's first spec, written against the published entry points only.
const hostSpec = (load: string) => `
${load}
const { left, right } = require('fp-ts/lib/Either.js')
const decider = {
  initialState: () => ({ open: true }),
  decide: (command, state) => state.open
    ? right([{ type: 'Geboekt', data: { bedrag: command.bedrag } }])
    : left({ code: 'GESLOTEN', message: 'closed' }),
  evolve: (_state, event) => ({ open: event.type !== 'Gesloten' }),
}
deciderSpec(decider).given([]).when({ bedrag: '10.00' }).then([{ type: 'Geboekt', data: { bedrag: '10.00' } }])
deciderSpec(decider).given([{ type: 'Gesloten', data: {} }]).when({ bedrag: '10.00' }).thenFails('GESLOTEN')
let failed = false
try { deciderSpec(decider).given([]).when({ bedrag: '10.00' }).then([{ type: 'Geboekt', data: { bedrag: '10' } }]) } catch { failed = true }
console.log(JSON.stringify({ store: typeof new InMemoryEventStore().appendToStream, failedOnMismatch: failed }))
`

const run = (args: string[]) =>
  JSON.parse(execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' }).trim())

describe('the built package', () => {
  beforeAll(() => {
    // `npm test` builds before testing; on its own this spec builds the kernel once.
    if (!existsSync(`${packageDir}/dist/testing/index.cjs`))
      execFileSync('npx', ['tsup'], { cwd: packageDir, stdio: 'ignore' })
  }, 120_000)

  it('loads through require (CommonJS) and runs a host spec', () => {
    const script = hostSpec(`const { InMemoryEventStore } = require('@factuurstroom/eventsourcing')
const { deciderSpec } = require('@factuurstroom/eventsourcing/testing')`)
    expect(run(['-e', script])).toEqual({ store: 'function', failedOnMismatch: true })
  })

  it('loads through import (ESM) and runs a host spec', () => {
    const script = hostSpec(`import { createRequire } from 'node:module'
const require = createRequire(process.cwd() + '/')
const { InMemoryEventStore } = await import('@factuurstroom/eventsourcing')
const { deciderSpec } = await import('@factuurstroom/eventsourcing/testing')`)
    expect(run(['--input-type=module', '-e', script])).toEqual({ store: 'function', failedOnMismatch: true })
  })
})
