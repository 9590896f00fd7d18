import { DecodeError, toProblems } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'

/** R15: the host's own codecs for free fields on concept and conceptregel; the events carry the encoded values. */
export interface VrijeVeldenCodecs {
  readonly concept?: VrijeVeldenCodec
  readonly conceptregel?: VrijeVeldenCodec
}

/** Any io-ts codec whose output is a JSON object (method syntax, so `t.type({...})` codecs fit). */
export interface VrijeVeldenCodec {
  /** Validates the free fields as the host sent them. */
  decode(input: unknown): t.Validation<unknown>
  /** The JSON object the events carry. */
  encode(value: unknown): Record<string, unknown>
}

/** Validates free fields with the host's codec (none declared: passed through) and returns their encoded form. */
export const vrijeVelden = (
  codec: VrijeVeldenCodec | undefined,
  subject: string,
  waarde: Record<string, unknown> | undefined,
): Either<DecodeError, Record<string, unknown> | undefined> => {
  if (waarde === undefined || codec === undefined) return right(waarde)
  const decoded = codec.decode(waarde)
  return isLeft(decoded) ? left(new DecodeError(subject, toProblems(decoded.left))) : right(codec.encode(decoded.right))
}

/** The same for a line: its `vrijeVelden` replaced by their validated, encoded form. */
export const metVrijeRegelvelden = <R extends { vrijeVelden?: Record<string, unknown> }>(
  codec: VrijeVeldenCodec | undefined,
  regel: R,
  subject: string,
): Either<DecodeError, R> => {
  const velden = vrijeVelden(codec, subject, regel.vrijeVelden)
  if (isLeft(velden)) return velden
  const { vrijeVelden: _ruw, ...rest } = regel
  return right((velden.right === undefined ? rest : { ...rest, vrijeVelden: velden.right }) as R)
}
