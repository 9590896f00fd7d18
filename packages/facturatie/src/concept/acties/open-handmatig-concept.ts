import type { CommandContext } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import { OpenHandmatigConceptInput } from '../commands'
import type { Resultaat } from '../uitkomst'
import type { ConceptWiring } from '../wiring'
import { conceptVrijeVelden, decodeerMetStamgegevens, kopGegevens, metVrijeVelden, plusRegel } from './opdracht'
import { voerUit } from './route'

/** R7: a manual concept, routed by its key (R3); with verdichting its line is a new verdichte regel. */
export const openHandmatigConcept =
  (w: ConceptWiring) =>
  async (input: unknown, context: CommandContext): Resultaat => {
    const decoded = await decodeerMetStamgegevens(w, OpenHandmatigConceptInput, 'OpenHandmatigConcept', input)
    if (isLeft(decoded)) return decoded
    const opdracht = decoded.right
    const conceptVelden = conceptVrijeVelden(w, opdracht.conceptVrijeVelden)
    if (isLeft(conceptVelden)) return conceptVelden
    const regel = metVrijeVelden(w, plusRegel(opdracht.regel))
    if (isLeft(regel)) return regel
    const kop = kopGegevens(opdracht, {
      btwPlicht: opdracht.btwPlicht ?? opdracht.relatieInstellingen.btwPlicht,
      aanleiding: 'handmatig',
      ...(opdracht.project === undefined ? {} : { project: opdracht.project }),
      ...(conceptVelden.right === undefined ? {} : { vrijeVelden: conceptVelden.right }),
    })
    const { administratie } = opdracht
    return voerUit(
      w,
      {
        administratie,
        kop,
        regel: opdracht.regel.regelId,
        maak: (conceptId, kop) => ({ type: 'VoegPlusRegelToe', administratie, conceptId, kop, regel: regel.right }),
      },
      context,
    )
  }
