import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { VoegVoorschotToeInput } from '../commands'
import type { Resultaat } from '../uitkomst'
import type { ConceptWiring } from '../wiring'
import { decodeerMetStamgegevens, kopGegevens } from './opdracht'
import { voerUit } from './route'

/** R9: an advance invoice becomes a voorschotregel on the active concept of its project's key. */
export const voegVoorschotToe =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = await decodeerMetStamgegevens(w, VoegVoorschotToeInput, 'VoegVoorschotToe', input)
    if (isLeft(decoded)) return decoded
    const { administratie, project, voorschotfactuur, ...opdracht } = decoded.right
    const kop = kopGegevens(opdracht, {
      btwPlicht: opdracht.btwPlicht ?? opdracht.relatieInstellingen.btwPlicht,
      aanleiding: 'handmatig',
      ...(opdracht.projectInstellingen.conceptmethode === 'perVerkooprelatie' ? {} : { project }),
    })
    const { factuurnummer } = voorschotfactuur
    return voerUit(
      w,
      {
        administratie,
        kop,
        regel: factuurnummer,
        voorschotclaim: { administratie, factuurnummer, claimId: context.commandId },
        maak: (conceptId, kop) => ({
          type: 'VoegVoorschotRegelToe',
          administratie,
          conceptId,
          kop,
          project,
          voorschotfactuur,
        }),
      },
      context,
    )
  }
