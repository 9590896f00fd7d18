// `npm run limits`: functions over 100 lines and files over 400 lines in packages/*/src, specs and fixtures aside
// (issue 17). Report only for now: prints every place over a limit, largest first, and exits 0.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { MAX_BESTAND, MAX_FUNCTIE, meetBestand } from './limits/meet.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

const bronbestanden = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((pakket) => pakket.isDirectory())
  .flatMap((pakket) => {
    const src = join(root, 'packages', pakket.name, 'src')
    try {
      return readdirSync(src, { recursive: true }).map((pad) => join(src, String(pad)))
    } catch {
      return []
    }
  })
  .filter((pad) => /\.m?ts$/.test(pad) && !/\.(spec|fixture|d)\.m?ts$/.test(pad))
  .sort()

const plaatsen = bronbestanden
  .flatMap((pad) => meetBestand(relative(root, pad), readFileSync(pad, 'utf8')))
  .sort((a, b) => b.regels - a.regels)
console.log(
  `Limits (report only): functions over ${MAX_FUNCTIE} lines, files over ${MAX_BESTAND} lines in packages/*/src, specs and fixtures aside.`,
)
for (const { soort, waar, naam, regels } of plaatsen) {
  console.log(`${String(regels).padStart(5)}  ${soort.padEnd(8)}  ${waar}${naam ? `  ${naam}` : ''}`)
}
console.log(`${plaatsen.length} places over the limits`)
