import * as t from 'io-ts'
import { Code } from '../gedeeld/codecs'
import { Dagboektype } from '../inrichting/dagboektype'
import { Nummerreeks, Volgnummer } from '../inrichting/reeks'
import { JournaliseringsInrichting } from '../journalisering/inrichting'
import { Integratiesoort } from '../journalisering/integratiesoort'
import { Journaliseringsinvoer } from '../journalisering/invoer'

/** The series in force arrives with each command (from the set-up); the stream records it once. */
const Dagboek = { administratie: Code, dagboek: Code, dagboektype: Dagboektype, reeks: Nummerreeks }

/** Asks the dagboek for the next number of its series for an invoice (R27); asked again, it gives the same number. */
export const KenFactuurnummerToe = t.type({ type: t.literal('KenFactuurnummerToe'), ...Dagboek, factuurId: Code })
export type KenFactuurnummerToe = t.TypeOf<typeof KenFactuurnummerToe>

/** A booking entered by hand in Financieel asking for a specific number (R27: never one already issued). */
export const BoekHandmatigNummer = t.type({
  type: t.literal('BoekHandmatigNummer'),
  ...Dagboek,
  boekingId: Code,
  volgnummer: Volgnummer,
})
export type BoekHandmatigNummer = t.TypeOf<typeof BoekHandmatigNummer>

/** Asks the dagboek to journalise an invoice it numbered (R30), with the journalising set-up in force. */
export const Journaliseer = t.type({
  type: t.literal('Journaliseer'),
  administratie: Code,
  dagboek: Code,
  factuurId: Code,
  invoer: Journaliseringsinvoer,
  inrichting: JournaliseringsInrichting,
})
export type Journaliseer = t.TypeOf<typeof Journaliseer>

/** Any command on a dagboek stream. */
export type DagboekCommand = KenFactuurnummerToe | BoekHandmatigNummer | Journaliseer

/** What a host sends to number an invoice: by its flow (R27, the usual way) or by dagboek. */
export const VraagFactuurnummer = t.intersection([
  t.type({ administratie: Code, factuurId: Code }),
  t.union([
    t.intersection([t.type({ integratiesoort: Integratiesoort }), t.partial({ creditnota: t.boolean })]),
    t.type({ dagboek: Code }),
  ]),
])
export type VraagFactuurnummer = t.TypeOf<typeof VraagFactuurnummer>

/** What a host sends to book a specific number by hand in a dagboek (R27: only the next free one). */
export const VraagHandmatigNummer = t.type({
  administratie: Code,
  dagboek: Code,
  boekingId: Code,
  volgnummer: Volgnummer,
})
export type VraagHandmatigNummer = t.TypeOf<typeof VraagHandmatigNummer>

/** What a host sends to journalise an invoice as made; a credit note carries `creditnota`. */
export const VraagJournalisering = t.intersection([
  t.type({ administratie: Code, factuurId: Code, integratiesoort: Integratiesoort }),
  Journaliseringsinvoer,
])
export type VraagJournalisering = t.TypeOf<typeof VraagJournalisering>
