import { FactuurstroomError } from '@factuurstroom/eventsourcing'
import type { Decimal } from 'decimal.js'
import { alsBedrag, rondAfOpCent } from './afronding'
import { type Decimaal, decimaal } from './decimaal'

/** A money amount in one currency. Arithmetic across currencies throws: convert first, explicitly. */
export class Geld {
  private constructor(
    readonly bedrag: Decimaal,
    readonly valuta: string,
  ) {}

  /** From an exact amount with at most two decimals (as events carry it). */
  static van(bedrag: Decimal.Value, valuta: string): Geld {
    return new Geld(decimaal(alsBedrag(bedrag)), valuta)
  }

  /** Zero in the currency. */
  static nul(valuta: string): Geld {
    return new Geld(decimaal(0), valuta)
  }

  /** Quantity × price rounded to the cent (`HALF_UP_CENT`): the amount of a line. */
  static regelbedrag(aantal: Decimal.Value, prijs: Decimal.Value, valuta: string): Geld {
    return new Geld(rondAfOpCent(decimaal(aantal).times(prijs)), valuta)
  }

  /** The sum; throws if `other` is in another currency. */
  plus(other: Geld): Geld {
    return new Geld(this.bedrag.plus(this.#same(other).bedrag), this.valuta)
  }

  /** The difference; throws if `other` is in another currency. */
  min(other: Geld): Geld {
    return new Geld(this.bedrag.minus(this.#same(other).bedrag), this.valuta)
  }

  /** The same amount with the sign reversed. */
  negatief(): Geld {
    return new Geld(this.bedrag.negated(), this.valuta)
  }

  /** Whether the amount is zero. */
  isNul(): boolean {
    return this.bedrag.isZero()
  }

  /** -1, 0 or 1 as this amount is less than, equal to or more than `other`; throws across currencies. */
  vergelijk(other: Geld): -1 | 0 | 1 {
    return this.bedrag.comparedTo(this.#same(other).bedrag) as -1 | 0 | 1
  }

  /** The event form: `"1021.00"`. */
  toString(): string {
    return alsBedrag(this.bedrag)
  }

  #same(other: Geld): Geld {
    if (other.valuta !== this.valuta) {
      throw new FactuurstroomError(
        'VALUTA_VERSCHILLEN',
        `Cannot combine ${this.valuta} and ${other.valuta} amounts; convert one first.`,
        { valuta: [this.valuta, other.valuta] },
      )
    }
    return other
  }
}
