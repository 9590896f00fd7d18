import * as t from 'io-ts'

/**
 * The invoice flows an administratie sets up for journalising (R25). Project flows and OHW come from the seed;
 * the cockpit flows (R17) follow the same model.
 */
export const Integratiesoort = t.keyof({
  automatischeProjectfacturen: null,
  handmatigeProjectfacturen: null,
  termijnfacturenProjecten: null,
  ohwIntegratie: null,
  ohwAfmelden: null,
  abonnementen: null,
  cursussen: null,
  ordermanagement: null,
  verzamelfactuur: null,
  urenDeclaraties: null,
})
export type Integratiesoort = t.TypeOf<typeof Integratiesoort>

/** OHW (onderhanden werk) bookings are memorial entries, not invoices: they need a Memoriaal dagboek (R26). */
export const isOhw = (soort: Integratiesoort): boolean => soort === 'ohwIntegratie' || soort === 'ohwAfmelden'

const projectsoorten: ReadonlySet<Integratiesoort> = new Set([
  'automatischeProjectfacturen',
  'handmatigeProjectfacturen',
  'termijnfacturenProjecten',
  'ohwIntegratie',
  'ohwAfmelden',
])

/**
 * The bron code that opens every omschrijving financieel (R28). `[pro]` is AFAS's code for Projecten; the others
 * are our choice, three letters in the same style.
 */
export const bronCode = (soort: Integratiesoort): string => {
  if (projectsoorten.has(soort)) return '[pro]'
  switch (soort) {
    case 'abonnementen':
      return '[abo]'
    case 'cursussen':
      return '[cur]'
    case 'ordermanagement':
      return '[ord]'
    case 'verzamelfactuur':
      return '[vzf]'
    default:
      return '[urd]'
  }
}

/** Flows whose invoices can carry a project, so the project-based descriptions make sense for them. */
export const kentProjecten = (soort: Integratiesoort): boolean =>
  projectsoorten.has(soort) || soort === 'urenDeclaraties' || soort === 'verzamelfactuur'
