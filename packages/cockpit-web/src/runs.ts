import type { Fout, Gemaakt, Uitkomst } from './acties/actie'
import type { OpVoortgang, Runvoortgang } from './facturatie'

/** One batch action started from the browser, as its status page shows it. */
export interface Run {
  readonly runId: string
  readonly actie: string
  readonly titel: string
  readonly administratie: string
  readonly door: string
  readonly gestart: number
  stand: 'bezig' | 'klaar' | 'gestopt'
  duur?: number
  /** The cockpit's last progress report: its phase and counts so far. */
  voortgang?: Runvoortgang
  facturen?: readonly Gemaakt[]
  fout?: Fout
}

const MAX_RUNS = 500

/**
 * The runs this process started, by run id. Starting a run id that exists returns that run (a resubmitted form shows
 * the first submit's run, R21 makes the domain side idempotent too); so does starting an action for an administratie
 * while a run of it is still going there, so two browsers pressing the same button join one run. The work gets a
 * progress callback that keeps the run's latest report for its status page.
 */
export const runregister = (klok: () => number = Date.now) => {
  const runs = new Map<string, Run>()
  const lopend = new Map<string, Run>()

  const start = (
    meta: Omit<Run, 'stand' | 'gestart' | 'voortgang'>,
    werk: (opVoortgang: OpVoortgang) => Promise<Uitkomst>,
  ): Run => {
    const sleutel = `${meta.actie}|${meta.administratie}`
    const bestaand = runs.get(meta.runId) ?? lopend.get(sleutel)
    if (bestaand) return bestaand
    const run: Run = { ...meta, stand: 'bezig', gestart: klok() }
    runs.set(run.runId, run)
    lopend.set(sleutel, run)
    for (const oud of runs.keys()) {
      if (runs.size <= MAX_RUNS) break
      runs.delete(oud)
    }
    const einde = (stand: Run['stand']) => {
      run.stand = stand
      run.duur = klok() - run.gestart
      lopend.delete(sleutel)
    }
    const opVoortgang: OpVoortgang = (voortgang) => {
      run.voortgang = voortgang
    }
    void werk(opVoortgang).then(
      (uitkomst) => {
        if (uitkomst._tag === 'Right') run.facturen = uitkomst.right.facturen
        else run.fout = uitkomst.left
        einde(uitkomst._tag === 'Right' ? 'klaar' : 'gestopt')
      },
      (fout: unknown) => {
        // A thrown error is a bug or an outage, not a domain refusal: the log gets it, the page a plain message.
        console.error(fout)
        run.fout = { code: 'ONVERWACHTE_FOUT', message: 'Er ging iets mis; zie het serverlog.' }
        einde('gestopt')
      },
    )
    return run
  }
  return { start, vind: (runId: string) => runs.get(runId) }
}

/** The runs of one cockpit. */
export type Runregister = ReturnType<typeof runregister>
