/**
 * The data of the million-line bench: administraties set up as the worked example (examples/first-invoice), each
 * with relaties whose projects booked hours and costs. Generated lazily, one relatie at a time, so the bench's
 * memory holds the pipeline's state and not its input. Seeded, so every run books the same lines.
 */
import type { concept } from '@factuurstroom/facturatie'
import { alsBedrag, decimaal, rondAfOpCent } from '@factuurstroom/facturatie'
import { inrichtingsstappen, stamgegevens } from '../examples/first-invoice/src/gegevens'
import { toeval } from '../examples/maandfacturatie/src/toeval'

/** A relatie's month: its projects and the nacalculatie lines booked on them. */
export interface Relatiemaand {
  readonly verkooprelatie: { readonly nummer: string; readonly naam: string }
  readonly projecten: readonly { readonly nummer: string; readonly omschrijving: string }[]
  readonly regels: readonly concept.NacalculatieRegelInput[]
}

/** Werksoort → its name and hourly rate. */
const werksoorten = Object.entries({
  ADV: ['Advies', '95.00'],
  ONT: ['Ontwerp', '82.50'],
  PRJ: ['Projectleiding', '110.00'],
  IMP: ['Implementatie', '87.50'],
} as const).map(([code, [naam, prijs]]) => ({ code, naam, prijs }))
const kostensoorten = ['REIS', 'DRUK', 'PARK'] as const
const dagen = Array.from({ length: 20 }, (_, i) => `2026-03-${String(i + 2).padStart(2, '0')}`)

/**
 * The worked example's set-up steps (dagboek 70, accounts, btw-code HOOG) for another administratie, in an omgeving
 * of its own: invoice numbers are unique per omgeving (R27), and every administratie numbers from dagboek 70.
 */
export const inrichtingVan = (administratie: string) =>
  inrichtingsstappen.map(
    ([actie, input]) =>
      [
        actie,
        { ...input, administratie, ...(actie === 'richtAdministratieIn' ? { omgeving: `O-${administratie}` } : {}) },
      ] as const,
  )

/** The worked example's master data, for every relatie and project of the bench. */
export const benchStamgegevens: concept.Conceptstamgegevens = {
  ...stamgegevens,
  relatieInstellingen: () => ({ btwPlicht: 'binnenland' }),
  apartFactureren: () => false,
}

/**
 * The relaties of one administratie until `regels` lines are booked (the last relatie takes what is left): 1–13
 * projects per relatie and 2–30 lines per project, as the main job's month (about 110 lines per relatie).
 */
export function* relatiesVan(administratie: string, regels: number): Generator<Relatiemaand> {
  const r = toeval(`miljoen-${administratie}`)
  let geboekt = 0
  for (let n = 0; geboekt < regels; n++) {
    const nummer = String(100_000 + n)
    const projecten: { nummer: string; omschrijving: string }[] = []
    const lijst: concept.NacalculatieRegelInput[] = []
    const aantalProjecten = r.tussen(1, 13)
    for (let p = 0; p < aantalProjecten && geboekt < regels; p++) {
      const project = { nummer: `P${nummer}-${p + 1}`, omschrijving: `Project ${p + 1} van relatie ${nummer}` }
      projecten.push(project)
      const aantalRegels = r.tussen(2, 30)
      for (let l = 0; l < aantalRegels && geboekt < regels; l++) {
        lijst.push(regel(r, `${administratie}-${++geboekt}`, project.nummer))
      }
    }
    yield { verkooprelatie: { nummer, naam: `Relatie ${nummer} B.V.` }, projecten, regels: lijst }
  }
}

/** Hours of a werksoort (78 %) or a cost: travel by the kilometre, or a single expense. */
const regel = (r: ReturnType<typeof toeval>, regelId: string, project: string): concept.NacalculatieRegelInput => {
  const datum = r.kies(dagen)
  const uren = r.kans(0.78)
  const werksoort = r.kies(werksoorten)
  const itemcode = uren ? werksoort.code : r.kies(kostensoorten)
  const aantal = uren ? (r.tussen(2, 32) / 4).toFixed(2) : itemcode === 'REIS' ? String(r.tussen(12, 260)) : '1'
  const prijs = uren ? werksoort.prijs : itemcode === 'REIS' ? '0.23' : `${r.tussen(5, 180)}.${r.tussen(10, 99)}`
  const soort = uren ? 'uren' : 'kosten'
  const omschrijving = uren ? `${werksoort.naam} ${aantal} uur` : itemcode
  const integratiegroep = uren ? 'UREN' : 'KOSTEN'
  const bedrag = bedragVan(aantal, prijs)
  return {
    regelId,
    project,
    soort,
    itemcode,
    omschrijving,
    aantal,
    prijs,
    bedrag,
    btwTariefgroep: 'hoog',
    integratiegroep,
    datum,
  }
}

const bedragVan = (aantal: string, prijs: string) => alsBedrag(rondAfOpCent(decimaal(aantal).times(prijs)))
