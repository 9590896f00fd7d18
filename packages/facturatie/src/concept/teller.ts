import { type Decider, defineEvent, type EventOf, eventRegistry } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { Code, Tekst } from '../gedeeld/codecs'
import { streamIdVan } from '../gedeeld/stream-id'
import { type ConceptFout, tellerReeksBestaatAl, tellerReeksOnbekend } from './errors'

/** R14: the fixed start of every number in a reeks: at most 5 letters and/or digits. */
export const Voorloopgedeelte = new t.Type<string, string, unknown>(
  'Voorloopgedeelte',
  (u): u is string => typeof u === 'string' && /^[A-Za-z0-9]{0,5}$/.test(u),
  (u, c) =>
    typeof u === 'string' && /^[A-Za-z0-9]{0,5}$/.test(u)
      ? t.success(u)
      : t.failure(u, c, 'at most 5 letters and/or digits'),
  t.identity,
)

const AantalCijfers = t.refinement(t.number, (n) => Number.isInteger(n) && n >= 1 && n <= 12, 'AantalCijfers')

/**
 * Input of `richtTellerReeksIn` (R14): a reeks of concept numbers, each the voorloopgedeelte followed by a zero-padded
 * sequence number.
 */
export const RichtTellerReeksInInput = t.type({
  administratie: Code,
  reeks: Code,
  omschrijving: Tekst,
  voorloopgedeelte: Voorloopgedeelte,
  /** Digits after the voorloopgedeelte, zero-padded. */
  aantalCijfers: AantalCijfers,
})
export type RichtTellerReeksInInput = t.TypeOf<typeof RichtTellerReeksInInput>

/** R14: the reeks was set up; its numbering starts at 1. */
export const TellerReeksIngericht = defineEvent('TellerReeksIngericht', RichtTellerReeksInInput)
/** R14: a concept got the next number of the reeks (`volgnummer`, and `nummer` as printed). */
export const ConceptnummerToegekend = defineEvent(
  'ConceptnummerToegekend',
  t.type({ administratie: Code, reeks: Code, conceptId: Code, volgnummer: t.number, nummer: Code }),
)
const definities = [TellerReeksIngericht, ConceptnummerToegekend] as const
/** Decodes the teller stream's events. */
export const tellerRegistry = eventRegistry(definities)
/** Any event of a teller stream. */
export type TellerEvent = EventOf<typeof definities>

/** The teller's folded state: its reeks, the last sequence number issued and the number of every concept. */
export interface TellerState {
  reeks: RichtTellerReeksInInput | undefined
  laatste: number
  /** A concept keeps its number when its opening is retried. */
  readonly perConcept: Map<string, string>
}

/** Set up the reeks, or give a concept its number (again the same one on a retry). */
export type TellerCommand =
  | ({ readonly type: 'RichtReeksIn' } & RichtTellerReeksInInput)
  | {
      readonly type: 'KenNummerToe'
      readonly administratie: string
      readonly reeks: string
      readonly conceptId: string
    }

const decide = (command: TellerCommand, state: TellerState): Either<ConceptFout, TellerEvent[]> => {
  if (command.type === 'RichtReeksIn') {
    if (state.reeks !== undefined) {
      return left(tellerReeksBestaatAl(command.reeks))
    }
    const { type: _type, ...data } = command
    return right([{ type: 'TellerReeksIngericht', data }])
  }
  const reeks = state.reeks
  if (reeks === undefined) {
    return left(tellerReeksOnbekend(command.reeks))
  }
  if (state.perConcept.has(command.conceptId)) return right([])
  const volgnummer = state.laatste + 1
  const nummer = `${reeks.voorloopgedeelte}${String(volgnummer).padStart(reeks.aantalCijfers, '0')}`
  return right([
    {
      type: 'ConceptnummerToegekend',
      data: {
        administratie: command.administratie,
        reeks: command.reeks,
        conceptId: command.conceptId,
        volgnummer,
        nummer,
      },
    },
  ])
}

const evolve = (state: TellerState, event: TellerEvent): TellerState => {
  if (event.type === 'TellerReeksIngericht') state.reeks = event.data
  else {
    state.laatste = event.data.volgnummer
    state.perConcept.set(event.data.conceptId, event.data.nummer)
  }
  return state
}

/** R14: numbers concepts gaplessly per reeks; a second set-up of the same reeks is refused. */
export const tellerDecider: Decider<TellerCommand, TellerEvent, TellerState, ConceptFout> = {
  initialState: () => ({ reeks: undefined, laatste: 0, perConcept: new Map() }),
  decide,
  evolve,
}

/** The stream of one concept teller reeks of an administratie. */
export const tellerStreamId = (administratie: string, reeks: string): string =>
  streamIdVan('teller', administratie, 'conceptfactuur', reeks)
