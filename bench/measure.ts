/** Small helpers so every benchmark reports the same way: a figure, its baseline from the same process, the ratio. */

export interface Timing {
  readonly label: string
  readonly operations: number
  readonly seconds: number
}

export const opsPerSecond = (timing: Timing): number => timing.operations / timing.seconds

/**
 * Times `work`, which returns how many operations it did. With `warmUp` it runs once untimed first; with
 * `bestOf: n` it runs n times and keeps the fastest, which filters out the noise of a busy 2-core machine.
 */
export const time = async (
  label: string,
  work: () => Promise<number> | number,
  options: boolean | { warmUp?: boolean; bestOf?: number } = false,
): Promise<Timing> => {
  const { warmUp = false, bestOf = 1 } = typeof options === 'boolean' ? { warmUp: options } : options
  if (warmUp) await work()
  let best: Timing | undefined
  for (let i = 0; i < bestOf; i++) {
    const start = performance.now()
    const operations = await work()
    const seconds = (performance.now() - start) / 1000
    if (!best || seconds < best.seconds) best = { label, operations, seconds }
  }
  return best as Timing
}

const format = (n: number): string => Math.round(n).toLocaleString('en-US')

export const report = (timing: Timing, unit = 'ops'): void => {
  console.log(
    `  ${timing.label.padEnd(58)} ${format(opsPerSecond(timing)).padStart(12)} ${unit}/s  (${format(timing.operations)} in ${timing.seconds.toFixed(3)} s)`,
  )
}

/** Prints the measured figure beside its baseline and the ratio measured / baseline (as a percentage). */
export const reportRatio = (measured: Timing, baseline: Timing, unit = 'ops'): number => {
  report(baseline, unit)
  report(measured, unit)
  const ratio = opsPerSecond(measured) / opsPerSecond(baseline)
  console.log(`  ${'ratio measured / baseline'.padEnd(58)} ${(ratio * 100).toFixed(1).padStart(12)} %`)
  return ratio
}

/** For linearity checks: per-item cost at a small and a large size; a ratio near 1 means linear. */
export const reportGrowth = (small: Timing, large: Timing): number => {
  report(small, 'events')
  report(large, 'events')
  const perItemSmall = small.seconds / small.operations
  const perItemLarge = large.seconds / large.operations
  const growth = perItemLarge / perItemSmall
  console.log(
    `  ${'cost per event, large / small (1.0 = linear)'.padEnd(58)} ${growth.toFixed(2).padStart(12)}  (size x${(large.operations / small.operations).toFixed(0)})`,
  )
  return growth
}

export const peakRssMiB = (): number => process.resourceUsage().maxRSS / 1024
