import { codecs } from '@factuurstroom/facturatie'
import { InvalidArgumentError } from 'commander'

/** A code as the domain takes it (see docs/kernel.md); anything else is wrong usage (exit 2), not "not found". */
export const alsCode = (waarde: string): string => {
  if (!codecs.Code.is(waarde)) {
    throw new InvalidArgumentError(
      `${JSON.stringify(waarde).slice(0, 80)} is not a code: 1 to ${codecs.maxCodeLengte} characters A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit.`,
    )
  }
  return waarde
}

/** A global position: a whole number from 0. */
export const alsPositie = (waarde: string): string => {
  if (!/^\d{1,19}$/.test(waarde)) {
    throw new InvalidArgumentError(`${JSON.stringify(waarde).slice(0, 80)} is not a position (a whole number from 0).`)
  }
  return waarde
}
