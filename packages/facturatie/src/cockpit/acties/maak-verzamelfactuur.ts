import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft, right } from 'fp-ts/lib/Either.js'
import { VerzamelfactuurOpties } from '../opties'
import type { Cockpituitkomst, GemaakteFactuur } from '../resultaten'
import { decodeerOpties } from '../run/decodeer'
import { inDelen } from '../run/in-delen'
import { factureerEnVoltooi } from '../run/na-voltooien'
import type { OpVoortgang } from '../run/voortgang'
import { type CockpitWiring, metVoortgang } from '../wiring'

/** R19 the Verzamelfactuur function: collects the waiting lines into verzamelfacturen and invoices them. */
export const maakVerzamelfactuur =
  (wiring: CockpitWiring) =>
  async (
    opties: unknown,
    context: CommandContext,
    opVoortgang?: OpVoortgang,
  ): Cockpituitkomst<{ facturen: GemaakteFactuur[] }> => {
    const w = metVoortgang(wiring, opVoortgang)
    const o = decodeerOpties(VerzamelfactuurOpties, 'verzamelfactuur', opties)
    if (isLeft(o)) return o
    const { administratie, runId, totEnMet, factuurdatum, verkooprelaties } = o.right
    await w.voortgang.meld({ fase: 'verzamelen' })
    const samengesteld = await inDelen(
      w,
      {
        type: 'StelVerzamelfacturenSamen',
        administratie,
        runId,
        totEnMet,
        factuurdatum,
        ...(verkooprelaties ? { verkooprelaties } : {}),
      },
      `verzamel:${administratie}:${runId}`,
      context,
      () => {},
    )
    if (isLeft(samengesteld)) return samengesteld
    const facturen = await factureerEnVoltooi(w, administratie, (g) => g.runId === runId, o.right, context)
    return isLeft(facturen) ? facturen : right({ facturen: facturen.right })
  }
