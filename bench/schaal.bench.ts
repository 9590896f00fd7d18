/**
 * Scale of the main job: `npm start -- --memory --size <n>` at ½×, 1×, 2× and 4× the default month, each in a
 * process of its own; prints wall time (documents included), the pipeline's time (the sum of the job's phases:
 * concept → invoice → journal, without rendering documents) and its cost per nacalculatie line beside the 1× run's,
 * and peak RSS. With
 * FACTUURSTROOM_BENCH_STORE=pglite the runs use the embedded store in a temporary directory instead.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { genereerMaand, omvangen } from '../examples/maandfacturatie/src/genereer'

export const title = 'The month at ½×, 1×, 2×, 4× the default size: cost per line and peak RSS'

const factoren = [0.5, 1, 2, 4] as const

const regelsBij = (relaties: number): number =>
  genereerMaand({ seed: 'factuurstroom', relaties }).administraties.reduce(
    (n, a) => n + [...a.nacalculatie.values()].flat().length,
    0,
  )

export default async function run(): Promise<void> {
  const pglite = process.env.FACTUURSTROOM_BENCH_STORE === 'pglite'
  const dir = mkdtempSync(join(tmpdir(), 'schaal-bench-'))
  const rijen: { factor: number; relaties: number; regels: number; seconden: number; pijplijn: number; rss: number }[] =
    []
  try {
    for (const factor of factoren) {
      const relaties = Math.round(omvangen.default * factor)
      const opslag = pglite ? ['--data', join(dir, String(factor))] : ['--memory']
      const uit = spawnSync(
        process.execPath,
        [
          ...process.execArgv,
          'examples/maandfacturatie/src/main.ts',
          ...opslag,
          '--size',
          String(relaties),
          '--rows',
          '0',
        ],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      )
      const klaar = /Done in ([\d.]+) s, peak RSS (\d+) MiB/.exec(uit.stdout)
      const fasen = /Pipeline \(the phases together\): ([\d.]+) s/.exec(uit.stdout)
      if (uit.status !== 0 || !klaar || !fasen)
        throw new Error(`size ${relaties} failed:\n${uit.stdout.slice(-2000)}\n${uit.stderr}`)
      rijen.push({
        factor,
        relaties,
        regels: regelsBij(relaties),
        seconden: Number(klaar[1]),
        pijplijn: Number(fasen[1]),
        rss: Number(klaar[2]),
      })
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const basis = rijen.find((r) => r.factor === 1)
  if (!basis) throw new Error('no 1× run')
  const perRegel = (r: (typeof rijen)[number]) => (r.pijplijn * 1000) / r.regels
  console.log(`  store: ${pglite ? 'PGlite in a directory' : 'in memory'}`)
  console.log(
    '  size   relaties  nacalculatie lines   wall s   pipeline s   ms per line   per line ÷ 1×   peak RSS MiB',
  )
  for (const r of rijen) {
    console.log(
      `  ${`${r.factor}×`.padEnd(6)} ${String(r.relaties).padStart(8)}  ${r.regels.toLocaleString('en').padStart(18)}` +
        `   ${r.seconden.toFixed(1).padStart(6)}   ${r.pijplijn.toFixed(1).padStart(10)}   ${perRegel(r).toFixed(3).padStart(11)}` +
        `   ${(perRegel(r) / perRegel(basis)).toFixed(2).padStart(13)}   ${String(r.rss).padStart(12)}`,
    )
  }
  const spreiding = Math.max(...rijen.map(perRegel)) / Math.min(...rijen.map(perRegel))
  console.log(
    `  pipeline cost per line, highest ÷ lowest ${spreiding.toFixed(2)} (target ≤ 1.25); peak RSS at 4× target ≤ 2048 MiB`,
  )
}
