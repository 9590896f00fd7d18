import { isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Code } from './codecs'

/**
 * A list of codes naming each at most once: what a batch action takes (its items are one stream each, and one stream
 * twice in one append would conflict with itself). A repeat fails at its own index, naming the code.
 */
export const UniekeCodes = new t.Type<string[], string[], unknown>(
  'UniekeCodes',
  (input): input is string[] => Array.isArray(input) && input.every(Code.is) && new Set(input).size === input.length,
  (input, context) => {
    const codes = t.array(Code).validate(input, context)
    if (isLeft(codes)) return codes
    const gezien = new Set<string>()
    for (const [i, code] of codes.right.entries()) {
      if (gezien.has(code))
        return t.failure(
          code,
          t.appendContext(context, String(i), Code, code),
          `expected each code once: ${code} is named before`,
        )
      gezien.add(code)
    }
    return t.success(codes.right)
  },
  t.identity,
)
