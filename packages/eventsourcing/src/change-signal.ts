/**
 * Wakes waiting subscriptions when a store learns that events were appended (a NOTIFY, a server push), and after a
 * polling interval in any case: a notification can be lost with its connection, and a gap-safe horizon can move
 * without any notification at all (an unrelated transaction ending). Adapters use it as `waitForChange`.
 */
export class ChangeSignal {
  #waiters = new Set<() => void>()

  constructor(private readonly pollIntervalMs: number) {}

  /** Resolves every pending `wait` at once: call it when the store learns of an append. */
  wake(): void {
    const waiters = this.#waiters
    this.#waiters = new Set()
    for (const resolve of waiters) resolve()
  }

  /** Resolves on the next `wake`, after the polling interval, or when `signal` aborts, whichever comes first. */
  wait(signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      if (signal.aborted) return resolve()
      const done = () => {
        clearTimeout(timer)
        signal.removeEventListener('abort', done)
        this.#waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, this.pollIntervalMs)
      signal.addEventListener('abort', done, { once: true })
      this.#waiters.add(done)
    })
  }
}
