// Issue 17's limits over a whole tree: which source files count, what is over, what is excepted, and the verdict.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { MAX_BESTAND, MAX_FUNCTIE, meetBestand } from './meet.mjs'

/** At most this many functions repo-wide may be excepted by a `// limits: <why>` comment. */
export const MAX_UITZONDERINGEN = 3

/** The source files under `<root>/packages/*\/src`, specs, fixtures and declarations aside, sorted. */
export const bronbestanden = (root) =>
  readdirSync(join(root, 'packages'), { withFileTypes: true })
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

/** Every place over a limit under `root`, largest first: `over` without an exception, `uitgezonderd` with one. */
export const controleer = (root) => {
  const plaatsen = bronbestanden(root)
    .flatMap((pad) => meetBestand(relative(root, pad).split(sep).join('/'), readFileSync(pad, 'utf8')))
    .sort((a, b) => b.regels - a.regels)
  return {
    over: plaatsen.filter((p) => p.uitzondering === undefined),
    uitgezonderd: plaatsen.filter((p) => p.uitzondering !== undefined),
  }
}

const regel = ({ soort, waar, naam, regels }) =>
  `${String(regels).padStart(5)}  ${soort.padEnd(8)}  ${waar}${naam ? `  ${naam}` : ''}`

/**
 * The printed report and the exit code. Report only (default): always 0. `check`: 1 when any place is over the
 * limits or more than MAX_UITZONDERINGEN functions are excepted.
 */
export const rapport = ({ over, uitgezonderd }, { check = false } = {}) => {
  const teVeelUitzonderingen = uitgezonderd.length > MAX_UITZONDERINGEN
  const regels = [
    `Limits (${check ? 'check' : 'report only'}): functions over ${MAX_FUNCTIE} lines, files over ${MAX_BESTAND} lines in packages/*/src, specs and fixtures aside.`,
    ...over.map(regel),
    `${over.length} places over the limits`,
  ]
  if (uitgezonderd.length > 0) {
    regels.push(
      `${uitgezonderd.length} excepted by a '// limits:' comment (at most ${MAX_UITZONDERINGEN}):`,
      ...uitgezonderd.map((p) => `${regel(p)}  (${p.uitzondering})`),
    )
  }
  if (teVeelUitzonderingen) regels.push(`too many exceptions: ${uitgezonderd.length}, at most ${MAX_UITZONDERINGEN}`)
  const code = check && (over.length > 0 || teVeelUitzonderingen) ? 1 : 0
  return { regels, code }
}
