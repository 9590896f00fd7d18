import * as t from 'io-ts'
import { Bedrag, Code, Decimaal, Kenmerk, Percentage, Tekst, Valuta, VrijeVelden } from '../gedeeld/codecs'
import { Betalingsconditie, ProjectRef, Regelsoort, RelatieRef } from '../gedeeld/factuuropdracht'

/** A project as a source hands it over, with its "apart factureren" setting (R16). */
export const BronProject = t.intersection([ProjectRef, t.partial({ apartFactureren: t.boolean })])
export type BronProject = t.TypeOf<typeof BronProject>

/**
 * What every source line carries: who is invoiced, in what currency and VAT regime, and the line itself. Sources
 * hand lines over flat (header fields repeated); the cockpit groups them into invoices.
 */
export const bronRegelVelden = {
  verplicht: {
    administratie: Code,
    regelId: Kenmerk,
    verkooprelatie: RelatieRef,
    valuta: Valuta,
    btwPlicht: Code,
    omschrijving: Tekst,
    bedrag: Bedrag,
    btwCode: Code,
    btwPercentage: Percentage,
    integratiegroep: Code,
  },
  optioneel: {
    /** "Factureren aan" (R12); the verkooprelatie itself when absent. */
    factuurrelatie: RelatieRef,
    soort: Regelsoort,
    aantal: Decimaal,
    prijs: Decimaal,
    eenheid: Code,
    itemcode: Code,
    project: BronProject,
    betalingsconditie: Betalingsconditie,
    bronOmschrijving: Tekst,
    vrijeVelden: VrijeVelden,
  },
} as const

export const metBasis = <P extends t.Props, O extends t.Props>(name: string, verplicht: P, optioneel: O) =>
  t.intersection(
    [t.type({ ...bronRegelVelden.verplicht, ...verplicht }), t.partial({ ...bronRegelVelden.optioneel, ...optioneel })],
    name,
  )

/** The fields every source line shares. */
export const BronRegelBasis = metBasis('BronRegelBasis', {}, {})
export type BronRegelBasis = t.TypeOf<typeof BronRegelBasis>

/** A credit line: flagged by the source, or a negative amount. */
export const isTeCrediteren = (regel: { bedrag: string; teCrediteren?: boolean }): boolean =>
  regel.teCrediteren === true || regel.bedrag.startsWith('-')
