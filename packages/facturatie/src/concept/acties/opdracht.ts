import { type DecodeError, decodeWith } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { ProjectRef } from '../../gedeeld/factuuropdracht'
import { alsBedrag, decimaal, HALF_UP_CENT, rondAfOpCent } from '../../geld'
import type {
  ConceptKopGegevens,
  NacalculatieRegelInput,
  NeemNacalculatieOverInput,
  NieuweRegel,
  PlusRegelInput,
} from '../commands'
import { vulStamgegevensAan } from '../stamgegevens'
import { metVrijeRegelvelden, vrijeVelden } from '../vrije-velden'
import type { ConceptWiring } from '../wiring'

// From a decoded host input to the header and lines the decider takes.

/** Decodes a routed input after filling the settings it leaves out from the host's master data. */
export const decodeerMetStamgegevens = async <A, O>(
  w: ConceptWiring,
  codec: t.Type<A, O, unknown>,
  subject: string,
  input: unknown,
): Promise<Either<DecodeError, A>> =>
  decodeWith(codec, subject, await vulStamgegevensAan(w.options.stamgegevens, input))

/** R15: the concept's free fields, checked with the host's codec. */
export const conceptVrijeVelden = (w: ConceptWiring, velden: Record<string, unknown> | undefined) =>
  vrijeVelden(w.options.vrijeVelden?.concept, 'vrije velden concept', velden)

/** R15: a line with its free fields checked with the host's codec. */
export const metVrijeVelden = <R extends { regelId: string; vrijeVelden?: Record<string, unknown> }>(
  w: ConceptWiring,
  regel: R,
): Either<DecodeError, R> =>
  metVrijeRegelvelden(w.options.vrijeVelden?.conceptregel, regel, `vrije velden conceptregel ${regel.regelId}`)

/** A manual line: its amount is quantity times price, rounded half up to the cent. */
export const plusRegel = (input: PlusRegelInput): NieuweRegel => {
  const { vrijeVelden: velden, ...regel } = input
  return {
    ...regel,
    bedrag: alsBedrag(rondAfOpCent(decimaal(input.aantal).times(input.prijs))),
    bedragAfronding: HALF_UP_CENT,
    ...(velden === undefined ? {} : { vrijeVelden: velden }),
  }
}

/** A nacalculatie line for the concept, with its project resolved and the input's valuta as default. */
export const nacalculatieRegel = (invoer: NacalculatieRegelInput, project: ProjectRef, valuta: string): NieuweRegel => {
  const { project: _code, btwPlicht: _btwPlicht, valuta: regelValuta, ...rest } = invoer
  // `rest` is this call's own copy: completed in place, as a literal spreading it again is V8's slow path.
  return Object.assign(rest, { nacalculatieRegelId: invoer.regelId, project, valuta: regelValuta ?? valuta })
}

/** The header a routed command opens a concept with, or checks an existing concept's key against (R3). */
export const kopGegevens = (
  opdracht: Pick<
    NeemNacalculatieOverInput,
    'verkooprelatie' | 'valuta' | 'projectInstellingen' | 'relatieInstellingen'
  >,
  kop: Pick<ConceptKopGegevens, 'btwPlicht' | 'aanleiding' | 'project' | 'vrijeVelden'>,
): ConceptKopGegevens => ({
  verkooprelatie: opdracht.verkooprelatie,
  valuta: opdracht.valuta,
  btwPlicht: kop.btwPlicht,
  projectInstellingen: opdracht.projectInstellingen,
  relatieInstellingen: opdracht.relatieInstellingen,
  aanleiding: kop.aanleiding,
  ...(kop.project === undefined ? {} : { project: kop.project }),
  ...(kop.vrijeVelden === undefined ? {} : { vrijeVelden: kop.vrijeVelden }),
})
