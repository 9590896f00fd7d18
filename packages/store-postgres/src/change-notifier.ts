/**
 * Wakes waiting subscriptions when the database says events were appended, and after a polling interval in any
 * case: a NOTIFY can be lost with its connection, and an unrelated transaction that holds back the gap-safe
 * horizon sends none when it ends.
 */
export class ChangeNotifier {
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
