import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft, left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { type FactuurState, huidigeOpdracht } from '../../factuur'
import { factuurOnbekend, relatieGeblokkeerd } from '../../factuur/errors'
import { Bedrag, Code, Datum, Kenmerk } from '../../gedeeld/codecs'
import { stap } from '../../gedeeld/stap'
import { type Creditregel, creditnotaOpdracht, teCrediteren } from '../creditnota'
import { crediteringLeeg } from '../errors'
import type { Cockpituitkomst, GemaakteFactuur } from '../resultaten'
import { maakEnNummer } from '../run/maak-en-nummer'
import { naVoltooien } from '../run/na-voltooien'
import type { CockpitWiring } from '../wiring'

const Crediteeropdracht = t.intersection([
  t.type({ administratie: Code, factuurId: Code, creditFactuurId: Code, factuurdatum: Datum }),
  t.partial({
    /** Lines and amounts to credit (positive); all that is left of every line when absent. */
    regels: t.array(t.intersection([t.type({ regelId: Kenmerk }), t.partial({ bedrag: Bedrag })])),
    verstrekkenNaVoltooien: t.boolean,
    journaliserenNaVoltooien: t.boolean,
  }),
])
type Crediteeropdracht = t.TypeOf<typeof Crediteeropdracht>

/** The credit reserved on the original: found when a retry comes back, else decided and recorded now. */
const reserveer = async (
  w: CockpitWiring,
  origineel: FactuurState,
  opdracht: Crediteeropdracht,
  context: CommandContext,
): Cockpituitkomst<readonly Creditregel[]> => {
  const { administratie, factuurId, creditFactuurId } = opdracht
  const gereserveerd = origineel.crediteringen.get(creditFactuurId)
  if (gereserveerd) return right(gereserveerd)
  const regels = teCrediteren(origineel, opdracht.regels)
  if (regels.length === 0) return left(crediteringLeeg(factuurId))
  const vastgelegd = await w.factuur(
    { type: 'RegistreerCreditering', administratie, factuurId, creditFactuurId, regels },
    stap(context, `credit:${administratie}:${creditFactuurId}`),
  )
  return isLeft(vastgelegd) ? vastgelegd : right(regels)
}

/**
 * R31: a credit note from the same numbering (the integratiesoort's credit dagboek) referring to the original.
 * The credit is reserved on the original first, so crediting beyond it is refused and a retry finishes it.
 */
export const crediteer =
  (w: CockpitWiring) =>
  async (input: unknown, context: CommandContext): Cockpituitkomst<GemaakteFactuur> => {
    const decoded = decodeWith(Crediteeropdracht, 'Crediteer', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurId, creditFactuurId, factuurdatum } = decoded.right
    const origineel = await w.laadFactuur(administratie, factuurId)
    if (!origineel.opdracht) return left(factuurOnbekend(factuurId))
    // A blocked relatie is refused before the credit is reserved: nothing is appended.
    const profiel = await w.profielVan(administratie, origineel.opdracht.factuurrelatie.nummer)
    if (isLeft(profiel)) return profiel
    if (profiel.right.geblokkeerd) {
      return left(relatieGeblokkeerd(creditFactuurId, origineel.opdracht.factuurrelatie.nummer))
    }
    const regels = await reserveer(w, origineel, decoded.right, context)
    if (isLeft(regels)) return regels
    const { integratiesoort, factuurnummer } = origineel
    if (!integratiesoort || factuurnummer === undefined) throw new Error(`Factuur ${factuurId} is incomplete`)
    const modus = await w.deps.journalisering.btwAfrondingsmodus(administratie, integratiesoort)
    if (isLeft(modus)) return modus
    const { opdracht, herkomst } = creditnotaOpdracht(origineel, regels.right, factuurdatum)
    const gemaakt = await maakEnNummer(
      w,
      {
        type: 'MaakFactuur',
        administratie,
        factuurId: creditFactuurId,
        integratiesoort,
        opdracht,
        btwAfrondingsmodus: modus.right,
        verstrekkingen: profiel.right.verstrekkingen,
        factuurrelatieGeblokkeerd: profiel.right.geblokkeerd,
        herkomst,
        creditnota: {
          origineelFactuurId: factuurId,
          origineelFactuurnummer: factuurnummer,
          origineelFactuurdatum: huidigeOpdracht(origineel).factuurdatum,
        },
      },
      administratie,
      creditFactuurId,
      context,
    )
    if (isLeft(gemaakt)) return gemaakt
    const daarna = await naVoltooien(w, administratie, [gemaakt.right], decoded.right, context)
    return isLeft(daarna) ? daarna : gemaakt
  }
