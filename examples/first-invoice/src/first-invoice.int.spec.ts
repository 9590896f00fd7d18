import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { verwachteUitvoer } from './verwachte-uitvoer'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('examples/first-invoice', () => {
  it('DOMAIN.md §3: runs as the README says and prints the three views and the journaalpost 807.07 / 1,807.07', async () => {
    const tsx = fileURLToPath(new URL('../../../node_modules/tsx/dist/cli.mjs', import.meta.url))
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [tsx, 'examples/first-invoice/src/main.ts'],
      {
        cwd: root,
      },
    )
    expect(stderr).toBe('')
    expect(stdout).toBe(verwachteUitvoer)
  })
})
