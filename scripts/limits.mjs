// `npm run limits`: functions over 100 lines and files over 400 lines in packages/*/src, specs and fixtures aside
// (issue 17), largest first. Report only by default (exit 0); `--check` exits 1 when any place is over the limits or
// more than three functions are excepted by a `// limits: <why>` comment on the line above their declaration.
import { fileURLToPath } from 'node:url'
import { controleer, rapport } from './limits/controle.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const { regels, code } = rapport(controleer(root), { check: process.argv.includes('--check') })
for (const regel of regels) console.log(regel)
process.exitCode = code
