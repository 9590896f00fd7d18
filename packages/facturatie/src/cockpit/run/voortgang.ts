/**
 * A run's phases, in the order it goes through them: invoicing the concepts (factureren concepten only), staging
 * the lines, composing verzamelfacturen (the Verzamelfactuur function only), making the invoices, and issuing
 * and/or journalising them after completion (only when the options ask).
 */
export type Runfase = 'concepten' | 'klaarzetten' | 'verzamelen' | 'factureren' | 'voltooien'

/** How far a run is. Every count only grows; the last report of a run that succeeds carries its totals. */
export interface Runvoortgang {
  readonly fase: Runfase
  /** Lines this call staged so far (the run's `klaargezet` at the end). */
  readonly klaargezet: number
  /** Invoices the run makes: known when the `factureren` phase starts, 0 before. */
  readonly facturen: number
  /** Of those, made and numbered so far. */
  readonly gemaakt: number
  /** Invoices issued after completion so far; present only from the `voltooien` phase, when the run issues. */
  readonly verstrekt?: number
  /** Invoices journalised after completion so far; present only from the `voltooien` phase, when the run journalises. */
  readonly gejournaliseerd?: number
}

/**
 * A host's progress callback for one run. The run awaits it (a slow callback slows the run). A callback that throws
 * or rejects changes nothing the run writes or returns: the run warns once on the console and stops calling it.
 */
export type OpVoortgang = (voortgang: Runvoortgang) => void | Promise<void>

/** What a run's steps report to: each call merges the change into the run's progress and passes it on. */
export interface Voortgangsmelder {
  readonly meld: (wijziging: Partial<Runvoortgang>) => Promise<void>
}

/** Reports nothing: the default when the caller gives no callback. */
export const geenVoortgang: Voortgangsmelder = { meld: async () => {} }

/** A melder for one run over the host's callback. */
export const voortgangsmelder = (opVoortgang: OpVoortgang | undefined): Voortgangsmelder => {
  if (!opVoortgang) return geenVoortgang
  let stand: Runvoortgang = { fase: 'klaarzetten', klaargezet: 0, facturen: 0, gemaakt: 0 }
  let actief = true
  return {
    meld: async (wijziging) => {
      stand = { ...stand, ...wijziging }
      if (!actief) return
      try {
        await opVoortgang(stand)
      } catch (fout) {
        // An observer must not decide the run's outcome: the work is recorded either way, and a retry would repeat it.
        actief = false
        console.warn('Facturatiecockpit: the progress callback failed; the run goes on without it.', fout)
      }
    },
  }
}
