import * as t from 'io-ts'
import { Bedrag, Code, Datum, Kenmerk, Tijdstip } from '../gedeeld/codecs'
import { Factuurbron, Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { streamIdVan } from '../gedeeld/stream-id'
import { Creditverwijzing, Integratiesoort } from '../journalisering'

/** R23: manual lines stay editable while the invoice is active; generated lines never are. */
export const Regelstatus = t.keyof({ Actief: null, Afgehandeld: null })
export type Regelstatus = t.TypeOf<typeof Regelstatus>

/** Where an invoice line came from, down to the source line: what the audit trace follows back. */
export const Regelherkomst = t.intersection([
  t.type({ bron: Factuurbron, bronId: Code }),
  t.partial({
    bronRegelId: Kenmerk,
    /**
     * The staged line (cockpit run) the invoice line was made from. For a concept line, `bronId` and `bronRegelId`
     * name the concept and its printed line, whose concept lines `ConceptGefactureerd` lists.
     */
    teFacturerenRegelId: Kenmerk,
  }),
])
export type Regelherkomst = t.TypeOf<typeof Regelherkomst>

/** How an invoice reaches the customer, per report type (R22): print, e-mail with PDF, UBL file, Peppol. */
export const Verstrekkingswijze = t.keyof({ print: null, emailPdf: null, ubl: null, peppol: null })
export type Verstrekkingswijze = t.TypeOf<typeof Verstrekkingswijze>

/** One report (e.g. `factuur`, `specificatie`) and the way it is issued. */
export const Verstrekking = t.type({ rapport: Code, wijze: Verstrekkingswijze })
export type Verstrekking = t.TypeOf<typeof Verstrekking>

const BtwAfrondingsmodus = t.keyof({ PER_REGEL: null, PER_TOTAAL: null })

/**
 * Creates an invoice from its Factuuropdracht, with the settings in force: integratiesoort, VAT mode, how it is issued.
 */
export const MaakFactuur = t.intersection([
  t.type({
    type: t.literal('MaakFactuur'),
    administratie: Code,
    factuurId: Code,
    integratiesoort: Integratiesoort,
    opdracht: Factuuropdracht,
    /** The administratie's VAT rounding mode in force (R33). */
    btwAfrondingsmodus: BtwAfrondingsmodus,
    /** The factuurrelatie's verstrekkingswijze per report type, from its verkooprelatieprofiel. */
    verstrekkingen: t.array(Verstrekking),
    /** Whether the factuurrelatie is blocked right now (from the host's relatie master data). */
    factuurrelatieGeblokkeerd: t.boolean,
  }),
  t.partial({
    /** Per invoice line id; a line without herkomst comes from the opdracht's own bron and bronId. */
    herkomst: t.record(t.string, Regelherkomst),
    /** A credit note refers to the original (R31). */
    creditnota: Creditverwijzing,
    /** The cockpit run that staged the lines. */
    runId: Code,
  }),
])
export type MaakFactuur = t.TypeOf<typeof MaakFactuur>

/** A manual line (status Actief) on an active invoice. */
export const VoegFactuurregelToe = t.type({
  type: t.literal('VoegFactuurregelToe'),
  administratie: Code,
  factuurId: Code,
  regel: Factuurregel,
})
export type VoegFactuurregelToe = t.TypeOf<typeof VoegFactuurregelToe>

/** R23: replaces an Actief line of an active invoice; the VAT is computed again. */
export const WijzigFactuurregel = t.type({
  type: t.literal('WijzigFactuurregel'),
  administratie: Code,
  factuurId: Code,
  /** The whole line as it should read; its regelId names the line. */
  regel: Factuurregel,
})
export type WijzigFactuurregel = t.TypeOf<typeof WijzigFactuurregel>

/** The number the integratie-dagboek gave this invoice (R26, R27). */
export const RegistreerFactuurnummer = t.type({
  type: t.literal('RegistreerFactuurnummer'),
  administratie: Code,
  factuurId: Code,
  factuurnummer: Code,
  dagboek: Code,
})
export type RegistreerFactuurnummer = t.TypeOf<typeof RegistreerFactuurnummer>

/** Records issuing; without `rapporten`, every report the relatie's verstrekkingswijze asks for. */
export const VerstrekFactuur = t.intersection([
  t.type({ type: t.literal('VerstrekFactuur'), administratie: Code, factuurId: Code, tijdstip: Tijdstip }),
  t.partial({ rapporten: t.array(Code) }),
])
export type VerstrekFactuur = t.TypeOf<typeof VerstrekFactuur>

/**
 * Records on the invoice that its integratie-dagboek journalised it (R30) on `boekdatum`; the booking itself is the
 * dagboek's. From here on the invoice is frozen.
 */
export const JournaliseerFactuur = t.type({
  type: t.literal('JournaliseerFactuur'),
  administratie: Code,
  factuurId: Code,
  dagboek: Code,
  boekdatum: Datum,
})
export type JournaliseerFactuur = t.TypeOf<typeof JournaliseerFactuur>

/**
 * Reserves a credit on the original (R31) before the credit note is made, so the credited total can never pass the
 * original. `bedrag` per line in the original's sign.
 */
export const RegistreerCreditering = t.type({
  type: t.literal('RegistreerCreditering'),
  administratie: Code,
  factuurId: Code,
  creditFactuurId: Code,
  regels: t.array(t.type({ regelId: Kenmerk, bedrag: Bedrag })),
})
export type RegistreerCreditering = t.TypeOf<typeof RegistreerCreditering>

/** Every command of the Factuur aggregate. */
export const FactuurCommand = t.union([
  MaakFactuur,
  VoegFactuurregelToe,
  WijzigFactuurregel,
  RegistreerFactuurnummer,
  VerstrekFactuur,
  JournaliseerFactuur,
  RegistreerCreditering,
])
export type FactuurCommand = t.TypeOf<typeof FactuurCommand>

/** The stream of one invoice: `factuur-<administratie>-<factuurId>`. */
export const factuurStreamId = (administratie: string, factuurId: string): string =>
  streamIdVan('factuur', administratie, factuurId)
