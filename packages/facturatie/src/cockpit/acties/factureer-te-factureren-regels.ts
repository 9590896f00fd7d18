import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { TeFacturerenRegelsOpties } from '../opties'
import type { Cockpituitkomst, GemaakteFactuur } from '../resultaten'
import { decodeerOpties } from '../run/decodeer'
import { factureerEnVoltooi } from '../run/na-voltooien'
import type { OpVoortgang } from '../run/voortgang'
import { type CockpitWiring, metVoortgang } from '../wiring'

/** R21 factureren te factureren regels: every staged invoice not yet numbered, in staging order. */
export const factureerTeFacturerenRegels =
  (w: CockpitWiring) =>
  async (
    opties: unknown,
    context: CommandContext,
    opVoortgang?: OpVoortgang,
  ): Cockpituitkomst<{ facturen: GemaakteFactuur[] }> => {
    const o = decodeerOpties(TeFacturerenRegelsOpties, 'factureren te factureren regels', opties)
    if (isLeft(o)) return o
    const facturen = await factureerEnVoltooi(
      metVoortgang(w, opVoortgang),
      o.right.administratie,
      () => true,
      o.right,
      context,
    )
    return isLeft(facturen) ? facturen : right({ facturen: facturen.right })
  }
