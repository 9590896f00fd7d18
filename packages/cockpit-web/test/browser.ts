import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

/**
 * Debian's chromium, headless, with a fresh profile. When it is missing the browser specs fail with the install
 * command: a skipped browser test would pass on a machine that never ran it. Playwright gives every launch a fresh
 * temporary --user-data-dir of its own (it refuses one passed as an argument) and removes it on close.
 */
export const startBrowser = async (): Promise<{ browser: Browser; stop: () => Promise<void> }> => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The browser specs need Debian's chromium at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`,
    )
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return {
    browser,
    stop: () => browser.close(),
  }
}

/** Serves a fetch handler on 127.0.0.1 on a free port. */
export const serveer = async (fetch: (request: Request) => Response | Promise<Response>) =>
  new Promise<{ url: string; stop: () => Promise<void> }>((klaar) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      klaar({
        url: `http://127.0.0.1:${info.port}`,
        stop: () => new Promise((dicht) => server.close(() => dicht())),
      }),
    )
  })
