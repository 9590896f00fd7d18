#!/usr/bin/env node
import { main } from './program'

main(process.argv.slice(2), {
  stdout: (tekst) => process.stdout.write(`${tekst}\n`),
  stderr: (tekst) => process.stderr.write(`${tekst}\n`),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 2
  },
)
