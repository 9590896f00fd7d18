import { createHash } from 'node:crypto'
import type { CommandContext } from '@factuurstroom/eventsourcing'
import type { Facturatiecockpit } from './facturatie'
import { Invoerfout } from './invoerfout'

export interface Fout {
  readonly code: string
  readonly message: string
}
type Uitkomst<A> = { readonly _tag: 'Left'; readonly left: Fout } | { readonly _tag: 'Right'; readonly right: A }

/**
 * The host's part of factureren concepten (R1): turning the chosen concepts into their hand-overs
 * (`ConceptGefactureerd` data, the cockpit's `Conceptfactuur`) needs the project and relation settings only the host
 * holds. The web cockpit then hands them to `factureerConcepten`.
 */
export type Conceptfacturen = (
  administratie: string,
  conceptIds: readonly string[],
  context: CommandContext,
) => Promise<Uitkomst<readonly unknown[]>>

/** The form's fields: the concepts, and exactly the options R20 gives factureren concepten. */
const VELDEN = ['administratie', 'concept', 'verstrekkenNaVoltooien', 'journaliserenNaVoltooien', '_csrf']

const lijst = (waarde: unknown): string[] =>
  waarde === undefined ? [] : (Array.isArray(waarde) ? waarde : [waarde]).filter((w) => typeof w === 'string')

/**
 * Runs factureren concepten for the concepts ticked. The run id follows from the concepts, so two browsers sending
 * the same selection resume one run (R21) instead of starting two.
 */
export const factureerConcepten = async (
  cockpit: Facturatiecockpit,
  conceptfacturen: Conceptfacturen,
  velden: Record<string, unknown>,
  zichtbaar: (administratie: string, conceptId: string) => boolean,
  context: CommandContext,
): Promise<Uitkomst<unknown>> => {
  for (const [veld, waarde] of Object.entries(velden)) {
    if (!VELDEN.includes(veld)) {
      throw new Invoerfout(
        veld,
        String(waarde),
        `factureren concepten kent deze optie niet (wel: ${VELDEN.slice(2, 4).join(', ')})`,
      )
    }
  }
  const administratie = lijst(velden.administratie)[0] ?? ''
  if (!/^[A-Za-z0-9_.-]{1,32}$/.test(administratie)) {
    throw new Invoerfout('administratie', administratie, 'kies een administratie')
  }
  const conceptIds = [...new Set(lijst(velden.concept))].sort()
  if (conceptIds.length === 0) throw new Invoerfout('concept', '', 'kies ten minste één concept')
  // R12: a concept the user may not see is as unknown to them as one that does not exist.
  const onbekend = conceptIds.find((id) => !zichtbaar(administratie, id))
  if (onbekend !== undefined) throw new Invoerfout('concept', onbekend, 'dit concept bestaat niet')
  const facturen = await conceptfacturen(administratie, conceptIds, context)
  if (facturen._tag === 'Left') return facturen
  const runId = `web-${createHash('sha256')
    .update(`${administratie}|${conceptIds.join('|')}`)
    .digest('hex')
    .slice(0, 20)}`
  return cockpit.factureerConceptoverdrachten(
    {
      administratie,
      runId,
      ...(velden.verstrekkenNaVoltooien === 'ja' ? { verstrekkenNaVoltooien: true } : {}),
      ...(velden.journaliserenNaVoltooien === 'ja' ? { journaliserenNaVoltooien: true } : {}),
    },
    facturen.right,
    context,
  )
}
