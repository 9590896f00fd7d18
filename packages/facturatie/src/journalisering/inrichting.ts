import * as t from 'io-ts'
import { Code, Percentage } from '../gedeeld/codecs'
import { Integratiesoort } from './integratiesoort'
import { OmschrijvingFinancieel } from './omschrijving'

/**
 * The settings in force for journalising one invoice flow of one administratie: the administratie's set-up reduced
 * to what the builder needs. The Inrichting aggregate produces it; it travels in the command and its relevant parts
 * are recorded in `Gejournaliseerd`, so replay never consults the set-up.
 */
export const JournaliseringsInrichting = t.intersection([
  t.type({
    administratie: Code,
    integratiesoort: Integratiesoort,
    /** The dagboek that journalises (the credit dagboek for a credit note). */
    dagboek: Code,
    bron: t.string,
    omschrijvingFinancieel: OmschrijvingFinancieel,
    verdichtenPerProjectfase: t.boolean,
    factuurkortingGebruiken: t.boolean,
    betalingskortingGebruiken: t.boolean,
    storneren: t.boolean,
    btwAfrondingsmodus: t.keyof({ PER_REGEL: null, PER_TOTAAL: null }),
    debiteurenrekening: Code,
    /** integratiegroep → grootboekrekening. */
    integratiegroepen: t.record(t.string, Code),
    /** btw-code → rate and VAT account. */
    btwCodes: t.record(t.string, t.type({ percentage: Percentage, rekening: Code })),
  }),
  t.partial({ factuurkortingrekening: Code }),
])
export type JournaliseringsInrichting = t.TypeOf<typeof JournaliseringsInrichting>
