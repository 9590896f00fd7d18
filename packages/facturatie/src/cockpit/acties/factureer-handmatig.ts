import { type CommandContext, decodeWith } from '@factuurstroom/eventsourcing'
import { isLeft, left } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { controleerProjectfactuurBron } from '../../concept/controles'
import type { Regelherkomst } from '../../factuur'
import { Code } from '../../gedeeld/codecs'
import { Factuuropdracht } from '../../gedeeld/factuuropdracht'
import { Integratiesoort } from '../../journalisering/integratiesoort'
import { baliefactuurNietViaCockpit, bronNietViaCockpit } from '../errors'
import { controleerProjectdebiteur } from '../projectdebiteur'
import type { Cockpituitkomst, GemaakteFactuur } from '../resultaten'
import { maakEnNummer } from '../run/maak-en-nummer'
import { maakFactuurcommand } from '../run/maak-factuurcommand'
import type { CockpitWiring } from '../wiring'

const ManueleFactuur = t.intersection([
  t.type({ administratie: Code, factuurId: Code, opdracht: Factuuropdracht }),
  /** `voorschot`: an advance invoice, which R1 allows by hand even with concepts on. */
  t.partial({ integratiesoort: Integratiesoort, voorschot: t.boolean }),
])

/**
 * A manual invoice (lines Actief, R23), numbered at once. Balie, bakkerij and flex are refused (R18); a project
 * invoice goes to the project's debiteur unless all verkooprelaties are allowed (R13, with R12's factureren aan).
 */
export const factureerHandmatig =
  (w: CockpitWiring) =>
  async (input: unknown, context: CommandContext): Cockpituitkomst<GemaakteFactuur> => {
    const bron = (input as { opdracht?: { bron?: unknown } } | null)?.opdracht?.bron
    if (bron === 'balie') return left(baliefactuurNietViaCockpit())
    if (bron === 'bakkerij' || bron === 'flex') return left(bronNietViaCockpit(bron))
    const decoded = decodeWith(ManueleFactuur, 'FactureerHandmatig', input)
    if (isLeft(decoded)) return decoded
    const { administratie, factuurId, opdracht } = decoded.right
    if (opdracht.project) {
      const r1 = controleerProjectfactuurBron(
        { facturerenOpBasisVanConcepten: await w.conceptfactureringAan(administratie) },
        opdracht.bron,
        decoded.right.voorschot ?? false,
      )
      if (isLeft(r1)) return r1
    }
    const r13 = await controleerProjectdebiteur(w.deps, administratie, opdracht)
    if (isLeft(r13)) return r13
    const herkomst: Record<string, Regelherkomst> = Object.fromEntries(
      opdracht.regels.map((r) => [r.regelId, { bron: 'handmatig', bronId: factuurId, bronRegelId: r.regelId }]),
    )
    const command = await maakFactuurcommand(w, {
      administratie,
      factuurId,
      integratiesoort: decoded.right.integratiesoort ?? 'handmatigeProjectfacturen',
      opdracht,
      herkomst,
    })
    if (isLeft(command)) return command
    return maakEnNummer(w, command.right, administratie, factuurId, context)
  }
