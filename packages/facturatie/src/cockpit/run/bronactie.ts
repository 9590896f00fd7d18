import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft, left } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import { nacalculatieViaConcepten } from '../errors'
import type { Cockpituitkomst, Runresultaat } from '../resultaten'
import type { Cockpitactie } from '../te-factureren'
import { type CockpitWiring, metVoortgang } from '../wiring'
import { decodeerOpties, decodeRegels } from './decodeer'
import { type Runopties, voerRunUit } from './voer-run-uit'
import type { OpVoortgang } from './voortgang'

/** What sets one source-line action (R20) apart from the others. */
export interface Bronactie<O extends Runopties, R extends { administratie: string }> {
  readonly actie: Cockpitactie
  /** The action's name in errors, e.g. "factureren abonnementen". */
  readonly naam: string
  readonly opties: t.Type<O, unknown, unknown> & { sleutels: readonly string[] }
  readonly regel: t.Type<R, unknown, unknown>
  /** The lines' name in decode errors, e.g. "Abonnementsregel". */
  readonly subject: string
  /** The source line as a line to invoice. */
  readonly naarRegel: (regel: R) => TeFacturerenRegel
  /** The lines this run takes (all by default); the rest is counted as not taken. */
  readonly meegenomen?: (regels: readonly R[], opties: O) => R[]
  /** R1: the action is refused with concepts on (their lines go through the concepts). */
  readonly alleenZonderConcepten?: true
}

/**
 * A source-line action: decodes its options, reads R1's setting, decodes the lines handed in (none of another
 * administratie), picks what the run takes and runs it, reporting its progress to `opVoortgang` if given.
 */
export const bronactie =
  <O extends Runopties, R extends { administratie: string }>(bron: Bronactie<O, R>) =>
  (w: CockpitWiring) =>
  async (
    opties: unknown,
    regels: unknown,
    context: CommandContext,
    opVoortgang?: OpVoortgang,
  ): Cockpituitkomst<Runresultaat> => {
    const o = decodeerOpties(bron.opties, bron.naam, opties)
    if (isLeft(o)) return o
    const { administratie } = o.right
    const concepten = await w.conceptfactureringAan(administratie)
    if (concepten && bron.alleenZonderConcepten) return left(nacalculatieViaConcepten(administratie))
    const r = decodeRegels(bron.regel, bron.subject, regels, administratie)
    if (isLeft(r)) return r
    const mee = bron.meegenomen?.(r.right, o.right) ?? r.right
    const teFactureren = mee.map((regel) => bron.naarRegel(regel))
    return voerRunUit(
      metVoortgang(w, opVoortgang),
      bron.actie,
      o.right,
      teFactureren,
      r.right.length - mee.length,
      concepten,
      context,
    )
  }
