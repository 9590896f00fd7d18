import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import type { NaVoltooien } from '../opties'
import { geldendeVerzameling, type Verzameling } from '../profiel'
import type { CockpitServiceFout, Runresultaat } from '../resultaten'
import type { Cockpitactie, Factuurgroep } from '../te-factureren'
import type { CockpitWiring } from '../wiring'
import type { Overdrachten } from './factuurwerk'
import { inDelen } from './in-delen'
import { factureerEnVoltooi } from './na-voltooien'

/** The options every run has: its administratie, its id (a retry resumes it, R21) and the invoice date. */
export type Runopties = { administratie: string; runId: string; factuurdatum: string } & NaVoltooien

/** The lines of the hand-overs `facturen` stage by reference: all lines handed in from each. */
const verwezenRegels = (facturen: readonly Factuurgroep[], regels: readonly TeFacturerenRegel[]): number => {
  const verwezen = new Set(facturen.flatMap((g) => (g.overdracht ? [g.overdracht.factuurId] : [])))
  if (verwezen.size === 0) return 0
  return regels.filter((r) => r.bron === 'concept' && verwezen.has(r.factuurIdVoorstel ?? '')).length
}

/**
 * One cockpit run (R20): stages the lines with each verkooprelatie's collecting method in force (R19), makes the
 * run's invoices (a concept hand-over staged by reference from `overdrachten`, the hand-overs the run holds) and
 * does what the options ask after completion.
 */
export const voerRunUit = async (
  w: CockpitWiring,
  actie: Cockpitactie,
  opties: Runopties,
  regels: readonly TeFacturerenRegel[],
  nietMeegenomen: number,
  conceptfacturering: boolean,
  context: CommandContext,
  overdrachten: Overdrachten = new Map(),
): Promise<Either<CockpitServiceFout, Runresultaat>> => {
  const { administratie, runId } = opties
  await w.voortgang.meld({ fase: 'klaarzetten' })
  const verzamelingen: Record<string, Verzameling> = {}
  for (const regel of regels) {
    const nummer = regel.verkooprelatie.nummer
    if (verzamelingen[nummer]) continue
    const profiel = await w.profielVan(administratie, nummer)
    if (isLeft(profiel)) return profiel
    verzamelingen[nummer] = geldendeVerzameling(profiel.right, conceptfacturering)
  }
  const command = {
    type: 'ZetRegelsKlaar' as const,
    administratie,
    runId,
    actie,
    factuurdatum: opties.factuurdatum,
    regels: [...regels],
    verzamelingen,
  }
  let klaargezet = 0
  let wachtend = 0
  const alKlaargezet: string[] = []
  const klaar = await inDelen(w, command, `klaarzetten:${administratie}:${runId}`, context, async (event) => {
    if (event.type !== 'TeFacturerenRegelsKlaargezet') return
    klaargezet += event.data.regels.length + verwezenRegels(event.data.facturen, regels)
    wachtend += event.data.regels.filter((r) => r.bestemming === 'verzamelen').length
    alKlaargezet.push(...event.data.alKlaargezet)
    await w.voortgang.meld({ klaargezet })
  })
  if (isLeft(klaar)) return klaar
  const facturen = await factureerEnVoltooi(w, administratie, (g) => g.runId === runId, opties, context, overdrachten)
  if (isLeft(facturen)) return facturen
  return right({
    runId,
    klaargezet,
    wachtend,
    alKlaargezet,
    nietMeegenomen,
    facturen: facturen.right,
  })
}
