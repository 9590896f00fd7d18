import type { DecodeError, DomainError } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import type { Journaalpost, OpenstaandePost } from '../journalisering/journaalpost'

/** Every error a cockpit action can return: a rule's stable code, or a decode error naming field and value. */
export type CockpitServiceFout = DomainError | DecodeError

/** An invoice a cockpit action made and numbered. */
export interface GemaakteFactuur {
  readonly factuurId: string
  readonly factuurnummer: string
}

/** What a cockpit run (R20) staged and invoiced. */
export interface Runresultaat {
  readonly runId: string
  /** Lines staged by this call. */
  readonly klaargezet: number
  /** Of those, lines waiting for the Verzamelfactuur function (R19). */
  readonly wachtend: number
  /** Lines handed in that had been staged before: never invoiced twice. */
  readonly alKlaargezet: readonly string[]
  /** Lines handed in that were not due (peildatum) or were credit lines without "meenemen te crediteren regels". */
  readonly nietMeegenomen: number
  readonly facturen: readonly GemaakteFactuur[]
}

/** What R24's "Journaalpost" action shows. */
export interface Journaalpostinzage {
  readonly factuurId: string
  readonly factuurnummer: string
  readonly dagboek: string
  readonly boekdatum: string
  readonly journaalpost: Journaalpost
  readonly openstaandePost: OpenstaandePost
}

/** What a cockpit action answers: its outcome, or why it refused. */
export type Cockpitantwoord<T, E = CockpitServiceFout> = Either<E, T>

/**
 * What a cockpit action returns: its outcome, or why it refused. Declared here so the API's types name fp-ts the way
 * a `nodenext` host resolves it.
 */
export type Cockpituitkomst<T, E = CockpitServiceFout> = Promise<Cockpitantwoord<T, E>>
