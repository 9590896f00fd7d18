import type { Voortgang } from './maand'

/**
 * Progress on one line: on a terminal the line is rewritten (at most ten times a second), elsewhere (CI logs) each
 * phase prints once when it finishes.
 */
export const voortgangsregel = (uit: NodeJS.WriteStream = process.stdout): Voortgang => {
  const start = performance.now()
  let fase = ''
  let laatst = 0
  const seconden = () => ((performance.now() - start) / 1000).toFixed(1)
  return (nieuw, gedaan, totaal) => {
    const nu = performance.now()
    if (uit.isTTY) {
      if (nieuw === fase && gedaan < totaal && nu - laatst < 100) return
      laatst = nu
      const pct = totaal > 0 ? Math.floor((gedaan / totaal) * 100) : 100
      const balk = '█'.repeat(Math.floor(pct / 5)).padEnd(20, '░')
      uit.write(`\r\x1b[2K${balk} ${String(pct).padStart(3)}%  ${nieuw} ${gedaan}/${totaal}  ${seconden()} s`)
      if (gedaan >= totaal) uit.write('\n')
    } else if (gedaan >= totaal) {
      uit.write(`${nieuw}: ${totaal} done (${seconden()} s)\n`)
    }
    fase = nieuw
  }
}
