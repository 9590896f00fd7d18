/**
 * `npm run bench [name…]`: runs every `*.bench.ts` in this folder (or those whose file name contains a given word).
 * Each benchmark module exports `title` and a default `run()` that prints its own figures beside their baselines.
 * Every benchmark runs in a process of its own, so one's memory peak (RSS) or heap never shows in another's figures.
 * The benchmarks in `alleenOpNaam` take minutes and run only when a given word names them (`npm run bench miljoen`).
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const alleenOpNaam = new Set(['miljoen.bench.ts'])
const [flag, only] = process.argv.slice(2)

if (flag === '--one' && only !== undefined) {
  const module = (await import(pathToFileURL(join(here, only)).href)) as { title: string; default: () => Promise<void> }
  console.log(`\n== ${module.title} (${only})`)
  await module.default()
} else {
  const filters = process.argv.slice(2)
  const files = readdirSync(here)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => (filters.length === 0 ? !alleenOpNaam.has(file) : filters.some((word) => file.includes(word))))
    .sort()
  let failed = 0
  for (const file of files) {
    const result = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--one', file], {
      stdio: 'inherit',
    })
    if (result.status !== 0) failed++
  }
  process.exit(failed === 0 ? 0 : 1)
}
