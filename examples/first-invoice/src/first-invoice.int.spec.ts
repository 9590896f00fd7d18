import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
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

  it('docs/getting-started.md part 1 shows lines of this program and exactly its output', async () => {
    const gids = await readFile(`${root}docs/getting-started.md`, 'utf8')
    const deel1 = gids.slice(0, gids.indexOf('# Part 2'))
    const programma = (await readFile(`${root}examples/first-invoice/src/main.ts`, 'utf8'))
      .split('\n')
      .map((r) => r.trim())
    const getoond = [...deel1.matchAll(/```ts\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? '').split('\n'))
    const ontbrekend = getoond.map((r) => r.trim()).filter((r) => r !== '' && !programma.includes(r))
    expect(ontbrekend).toEqual([])
    expect(deel1).toContain(`\`\`\`text\n${verwachteUitvoer}\`\`\``)
  })
})
