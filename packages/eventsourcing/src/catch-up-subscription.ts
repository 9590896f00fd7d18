import type { ReadAllPage, Subscription, SubscriptionHandler } from './event-store'

/** What an adapter gives the shared catch-up loop: paged reads in global order and a way to wait for appends. */
export interface CatchUpSource {
  /** Up to `maxCount` events strictly after the global position `after` (from the start when `undefined`). */
  readonly readPage: (after: bigint | undefined, maxCount: number) => Promise<ReadAllPage>
  /**
   * Resolves when new events may be available (or after a polling interval); `signal` aborts the wait. It must not
   * sleep through an append that happened after the last `readPage` (resolve at once then), or events sit
   * undelivered until the next append.
   */
  readonly waitForChange: (signal: AbortSignal) => Promise<void>
}

/**
 * The catch-up loop every adapter shares: read pages from `after` until the end, deliver each event in order,
 * then wait for a change and continue. The handler is never called concurrently with itself.
 */
export const catchUpSubscription = (
  source: CatchUpSource,
  handler: SubscriptionHandler,
  options: { after?: bigint; batchSize?: number } = {},
): Subscription => {
  const abort = new AbortController()
  const batchSize = options.batchSize ?? 500
  const run = async (): Promise<void> => {
    let after = options.after
    while (!abort.signal.aborted) {
      const page = await source.readPage(after, batchSize)
      for (const event of page.events) {
        if (abort.signal.aborted) return
        await handler(event)
        after = event.globalPosition
      }
      if (page.isEnd && !abort.signal.aborted) await source.waitForChange(abort.signal)
    }
  }
  const done = run()
  // Keep an unobserved failure from crashing the host before it looks at `done`.
  done.catch(() => undefined)
  return {
    done,
    stop: async () => {
      abort.abort()
      await done.catch(() => undefined)
    },
  }
}
