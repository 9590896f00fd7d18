import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import type { MaakFactuur, Regelherkomst } from './commands'
import type { FactuurEvent } from './events'

/** How many lines the big invoice has: far more than one event of 48 KB holds. */
export const GROTE_FACTUUR_REGELS = 600

const nr = (i: number) => String(i).padStart(3, '0')

/** Line `i` (1-based): every 4th at the low rate on KOSTEN, every 10th on a project of its own. */
const regel = (i: number): Factuurregel => ({
  regelId: `R${nr(i)}`,
  omschrijving: `Uren consultancy ${nr(i)}: ontwerp, advies en begeleiding beursstand, week ${(i % 52) + 1}`,
  soort: 'omzet',
  bedrag: `${100 + i}.${String(i % 100).padStart(2, '0')}`,
  btwCode: i % 4 === 0 ? 'LAAG' : 'HOOG',
  btwPercentage: i % 4 === 0 ? '9' : '21',
  integratiegroep: i % 4 === 0 ? 'KOSTEN' : 'UREN',
  aantal: `${(i % 8) + 1}.00`,
  prijs: `${100 + i}.${String(i % 100).padStart(2, '0')}`,
  ...(i % 10 === 0 ? { project: { nummer: 'P2026-099', omschrijving: 'Stand Hannover Messe' } } : {}),
})

/** A collective invoice of 600 lines on project P2026-017, each line from a concept line of its own. */
export const groteOpdracht = (): Factuuropdracht =>
  werkvoorbeeldOpdracht({
    bron: 'verzamelfactuur',
    bronId: 'V2603-10032',
    regels: Array.from({ length: GROTE_FACTUUR_REGELS }, (_, i) => regel(i + 1)),
  })

/** Where line `i` (0-based) of the big invoice came from. */
export const groteHerkomst = (i: number): Regelherkomst => ({
  bron: 'concept',
  bronId: `C-${nr(Math.floor(i / 100) + 1)}`,
  bronRegelId: `R${nr(i + 1)}`,
})

/** Makes the big invoice `F-GROOT` in A1. */
export const maakGroteFactuur = (): MaakFactuur => ({
  type: 'MaakFactuur',
  administratie: 'A1',
  factuurId: 'F-GROOT',
  integratiesoort: 'automatischeProjectfacturen',
  opdracht: groteOpdracht(),
  btwAfrondingsmodus: 'PER_TOTAAL',
  verstrekkingen: [{ rapport: 'factuur', wijze: 'emailPdf' }],
  factuurrelatieGeblokkeerd: false,
  herkomst: Object.fromEntries(groteOpdracht().regels.map((r, i) => [r.regelId, groteHerkomst(i)])),
  runId: 'V2603',
})

/** The event types the big invoice is made with: its header and four parts. */
export const GROTE_FACTUUR_EVENTS = [
  'FactuurAangemaakt',
  'FactuurregelsAangevuld',
  'FactuurregelsAangevuld',
  'FactuurregelsAangevuld',
  'FactuurregelsAangevuld',
] as const

/** An invoice's events with its parts folded into one `FactuurAangemaakt`, as it read before events had a limit. */
export const alsEenEvent = (events: readonly FactuurEvent[]): FactuurEvent[] => {
  const [kop, ...rest] = events
  if (kop?.type !== 'FactuurAangemaakt') return [...events]
  const delen = rest.flatMap((e) => (e.type === 'FactuurregelsAangevuld' ? [e.data] : []))
  const data = {
    ...kop.data,
    opdracht: {
      ...kop.data.opdracht,
      regels: [...kop.data.opdracht.regels, ...delen.flatMap((d) => d.opdrachtregels)],
    },
    regels: [...kop.data.regels, ...delen.flatMap((d) => d.regels)],
  }
  return [{ type: 'FactuurAangemaakt', data }, ...rest.filter((e) => e.type !== 'FactuurregelsAangevuld')]
}
