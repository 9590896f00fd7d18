/** Wakes waiting subscriptions when the server pushes a new event, and after a polling interval in any case. */
export class ChangeSignal {
  #waiters = new Set<() => void>()

  constructor(private readonly pollIntervalMs: number) {}

  wake(): void {
    const waiters = this.#waiters
    this.#waiters = new Set()
    for (const resolve of waiters) resolve()
  }

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
