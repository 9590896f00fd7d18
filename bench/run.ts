/**
 * `npm run bench [name…]`: runs every `*.bench.ts` in this folder (or those whose file name contains a given word).
 * Each benchmark module exports `title` and a default `run()` that prints its own figures beside their baselines.
 */
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const filters = process.argv.slice(2)
const files = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((word) => file.includes(word)))
  .sort()

for (const file of files) {
  const module = (await import(pathToFileURL(join(here, file)).href)) as { title: string; default: () => Promise<void> }
  console.log(`\n== ${module.title} (${file})`)
  await module.default()
}
