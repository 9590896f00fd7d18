import type { DecodeError } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import type { InrichtingFout } from '../inrichting/errors'
import type { JournaliseringsFout } from '../journalisering/errors'
import type { Journaalpost, OpenstaandePost } from '../journalisering/journaalpost'
import type { DagboekFout } from './errors'
import type { GejournaliseerdData } from './events'

/** Every error the dagboek service can return: a rule's stable code, or a decode error naming field and value. */
export type DagboekServiceFout = DagboekFout | JournaliseringsFout | InrichtingFout | DecodeError

/**
 * What a dagboek action returns: its outcome, or why it refused. Declared here so the API's types name fp-ts the way
 * a `nodenext` host resolves it.
 */
export type Dagboekuitkomst<T> = Promise<Either<DagboekServiceFout, T>>

/** The number a dagboek gave an invoice (R27). */
export interface Factuurnummer {
  readonly administratie: string
  readonly dagboek: string
  readonly factuurId: string
  readonly volgnummer: number
  readonly factuurnummer: string
  /** False when this invoice already had its number (a retry): nothing was appended. */
  readonly nieuw: boolean
}

/** An invoice journalised in its dagboek (R30, R31). */
export interface Journaliseringsresultaat {
  readonly dagboek: string
  readonly factuurnummer: string
  readonly journaalpost: Journaalpost
  readonly openstaandePost: OpenstaandePost
  /** The whole recorded fact, e.g. for the Factuur aggregate to mark itself frozen. */
  readonly gejournaliseerd: GejournaliseerdData
  /** True when this command id had journalised the invoice before: the first outcome, nothing appended. */
  readonly duplicate: boolean
}
