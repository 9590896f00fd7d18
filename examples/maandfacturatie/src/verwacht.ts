import { type Either, isLeft } from 'fp-ts/lib/Either.js'

type Fout = { code: string; message: string }

/** The job expects every command to succeed: a refusal ends the run with its code and message. */
export const verwacht = <R>(wat: string, r: Either<Fout, R>): R => {
  if (isLeft(r)) throw new Error(`${wat}: ${r.left.code}: ${r.left.message}`)
  return r.right
}
