import type { CommandContext } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { TeFacturerenRegel } from '../../bronnen/te-factureren-regel'
import type { NaVoltooien } from '../opties'
import { geldendeVerzameling, type Verzameling } from '../profiel'
import type { CockpitServiceFout, Runresultaat } from '../resultaten'
import type { Cockpitactie } from '../te-factureren'
import type { CockpitWiring } from '../wiring'
import { inDelen } from './in-delen'
import { factureerEnVoltooi } from './na-voltooien'

/** The options every run has: its administratie, its id (a retry resumes it, R21) and the invoice date. */
export type Runopties = { administratie: string; runId: string; factuurdatum: string } & NaVoltooien

/**
 * One cockpit run (R20): stages the lines with each verkooprelatie's collecting method in force (R19), makes the
 * run's invoices and does what the options ask after completion.
 */
export const voerRunUit = async (
  w: CockpitWiring,
  actie: Cockpitactie,
  opties: Runopties,
  regels: readonly TeFacturerenRegel[],
  nietMeegenomen: number,
  conceptfacturering: boolean,
  context: CommandContext,
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
  const klaargezet: { bestemming: string }[] = []
  const alKlaargezet: string[] = []
  const klaar = await inDelen(w, command, `klaarzetten:${administratie}:${runId}`, context, async (event) => {
    if (event.type !== 'TeFacturerenRegelsKlaargezet') return
    klaargezet.push(...event.data.regels)
    alKlaargezet.push(...event.data.alKlaargezet)
    await w.voortgang.meld({ klaargezet: klaargezet.length })
  })
  if (isLeft(klaar)) return klaar
  const facturen = await factureerEnVoltooi(w, administratie, (g) => g.runId === runId, opties, context)
  if (isLeft(facturen)) return facturen
  return right({
    runId,
    klaargezet: klaargezet.length,
    wachtend: klaargezet.filter((r) => r.bestemming === 'verzamelen').length,
    alKlaargezet,
    nietMeegenomen,
    facturen: facturen.right,
  })
}
