import {
  type AppendResult,
  type CommandContext,
  type EventStore,
  type ExpectedRevision,
  InMemoryEventStore,
  type NewEvent,
  type StreamAppend,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft, right } from 'fp-ts/lib/Either.js'
import type { Conceptfactuur } from '../bronnen'
import { type ConceptService, conceptService, type ProjectInstellingen } from '../concept'
import type { Conceptstamgegevens } from '../concept/stamgegevens'
import { projectInstellingen, relatie10032, relatieInstellingen } from '../concept/voorbeeld.fixture'
import { dagboekService } from '../dagboek'
import type { ProjectRef } from '../gedeeld/factuuropdracht'
import { inrichtingService } from '../inrichting/service'
import { richtWerkvoorbeeldIn } from '../inrichting/werkvoorbeeld.fixture'
import type { Integratiesoort } from '../journalisering'
import { type Conceptfacturering, conceptPoort } from './conceptfacturering'
import { type CockpitDeps, dagboekPoorten } from './poorten'
import type { Verkooprelatieprofiel } from './profiel'
import { facturatiecockpit } from './service'
import { doorgegevenAppendToStreams } from './tellende-store.fixture'

let teller = 0
export const ctx = (actor = 'boekhouder'): CommandContext => ({
  commandId: `cmd-${++teller}`,
  occurredAt: '2026-04-01T09:00:00.000Z',
  actor,
})

/**
 * A store that fails (like a crash) once it has taken `na` more appends, until `herstel()`. With `meerstroom`, it
 * passes the inner store's `appendToStreams` on: one append however many streams it names, written all or not at all.
 */
export class CrashendeStore implements EventStore {
  #over: number | undefined
  readonly appendToStreams?: (appends: readonly StreamAppend[]) => Promise<AppendResult[]>
  constructor(
    readonly binnen: EventStore,
    meerstroom = false,
  ) {
    this.appendToStreams = doorgegevenAppendToStreams(binnen, meerstroom, async () => this.#telAppend())
  }
  crashNa(na: number): void {
    this.#over = na
  }
  herstel(): void {
    this.#over = undefined
  }
  async appendToStream(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.#telAppend()
    return this.binnen.appendToStream(streamId, events, expected)
  }
  #telAppend(): void {
    if (this.#over === undefined) return
    if (this.#over <= 0) throw new Error('crash')
    this.#over--
  }
  readStream: EventStore['readStream'] = (streamId, options) => this.binnen.readStream(streamId, options)
  readAll: EventStore['readAll'] = (options) => this.binnen.readAll(options)
  subscribeToAll: EventStore['subscribeToAll'] = (handler, options) => this.binnen.subscribeToAll(handler, options)
  close = () => this.binnen.close()
}

/**
 * The ports of a host without output, concepts or an administratie party (as the main job runs the cockpit): the
 * dagboek's numbering and journalising, every relatie with the default profile, every project of 10032.
 */
export const kalePoorten = (store: EventStore): CockpitDeps => ({
  ...dagboekPoorten(dagboekService(store, { inrichting: inrichtingService(store) })),
  relaties: { profiel: async (_adm, relatie) => profiel(relatie) },
  instellingen: { conceptfacturering: () => false, projectenFacturerenAanAlleVerkooprelaties: () => false },
  projecten: { debiteur: () => '10032' },
  autorisatie: { magJournaalpostRaadplegen: () => true },
})

export const profiel = (relatie: string, overrides: Partial<Verkooprelatieprofiel> = {}): Verkooprelatieprofiel => ({
  relatie,
  geblokkeerd: false,
  verzamelmethode: 'apart',
  verzamelperiode: 'niet',
  verstrekkingen: [{ rapport: 'factuur', wijze: 'emailPdf' }],
  ...overrides,
})

export interface Opzet {
  readonly conceptfacturering?: boolean
  readonly integratiesoorten?: readonly Integratiesoort[]
  readonly profielen?: Record<string, Verkooprelatieprofiel>
  readonly store?: EventStore
  readonly administratie?: string
  /** R13: project → its debiteur; the worked example's project belongs to 10032. */
  readonly projecten?: Record<string, string>
  /** The concepts "factureren concepten" invoices; the concept service over the same store by default. */
  readonly concepten?: Conceptfacturering
}

/**
 * A host's concept source that hands over `facturen` (the data of their ConceptGefactureerd) for their administratie,
 * each invoiced under the factuurId the cockpit asks for (`<runId>-<conceptId>`).
 */
export const overdragendePoort = (facturen: readonly Conceptfactuur[]): Conceptfacturering => ({
  factureer: async ({ administratie, factuurIdVoor }) =>
    right(
      facturen
        .filter((f) => f.administratie === administratie)
        .map((f) => ({ ...f, factuurId: factuurIdVoor(f.conceptId) })),
    ),
  overdrachten: async (administratie, verwijzingen) =>
    right(
      verwijzingen.flatMap(({ conceptId, factuurId }) =>
        facturen
          .filter((f) => f.administratie === administratie && f.conceptId === conceptId)
          .map((f) => ({ ...f, factuurId })),
      ),
    ),
})

/** The worked example's master data: its project settings, relatie 10032's settings; `relaties` is editable. */
export const werkvoorbeeldStamgegevens = (
  relaties: Record<string, typeof relatieInstellingen> = { '10032': relatieInstellingen },
): Conceptstamgegevens & { relaties: typeof relaties } => ({
  relaties,
  projectInstellingen: () => projectInstellingen,
  relatieInstellingen: (_administratie, relatie) => relaties[relatie],
  apartFactureren: () => false,
})

/** The worked example's set-up (real inrichting and dagboek of issue 5) with a cockpit over it. */
export const maakCockpit = async (opzet: Opzet = {}) => {
  const store = opzet.store ?? new InMemoryEventStore()
  const inrichting = inrichtingService(store)
  const administratie = opzet.administratie ?? 'A1'
  await richtWerkvoorbeeldIn(inrichting, { administratie, van: 26_000_000, tot: 26_999_999, creditVan: 0 })
  const extra = opzet.integratiesoorten ?? [
    'verzamelfactuur',
    'cursussen',
    'ordermanagement',
    'termijnfacturenProjecten',
    'handmatigeProjectfacturen',
    'urenDeclaraties',
  ]
  for (const integratiesoort of extra) await richtIntegratiesoortIn(inrichting, integratiesoort, administratie)
  const profielen: Record<string, Verkooprelatieprofiel> = { ...(opzet.profielen ?? {}) }
  const instellingen = {
    conceptfacturering: opzet.conceptfacturering ?? false,
    projectenFacturerenAanAlleVerkooprelaties: false,
  }
  const projecten: Record<string, string> = { ...(opzet.projecten ?? { 'P2026-017': '10032' }) }
  const uitgevoerd: string[] = []
  const stamgegevens = werkvoorbeeldStamgegevens()
  /** One process: its own caches and dagboek queue over the shared store. */
  const maakTweede = () =>
    facturatiecockpit(store, {
      ...dagboekPoorten(dagboekService(store, { inrichting: inrichtingService(store) })),
      relaties: { profiel: (_adm, relatie) => profielen[relatie] ?? profiel(relatie) },
      instellingen: {
        conceptfacturering: () => instellingen.conceptfacturering,
        projectenFacturerenAanAlleVerkooprelaties: () => instellingen.projectenFacturerenAanAlleVerkooprelaties,
      },
      projecten: { debiteur: (_adm, project) => projecten[project] },
      autorisatie: { magJournaalpostRaadplegen: (actor) => actor === 'boekhouder' },
      concepten:
        opzet.concepten ??
        conceptPoort(conceptService(store), { store, inrichting: inrichtingService(store), stamgegevens }),
      uitvoer: {
        verstrek: async (factuur, verstrekking) => {
          uitgevoerd.push(`${factuur.factuurnummer}:${verstrekking.rapport}:${verstrekking.wijze}`)
        },
      },
    })
  const cockpit = maakTweede()
  const dagboek = dagboekService(store, { inrichting })
  return {
    store,
    cockpit,
    profielen,
    instellingen,
    projecten,
    inrichting,
    dagboek,
    maakTweede,
    uitgevoerd,
    stamgegevens,
  }
}

export const richtIntegratiesoortIn = async (
  inrichting: ReturnType<typeof inrichtingService>,
  integratiesoort: Integratiesoort,
  administratie = 'A1',
) => {
  const r = await inrichting.richtIntegratiesoortIn(
    {
      administratie,
      integratiesoort,
      dagboek: '70',
      creditDagboek: '71',
      omschrijvingFinancieel: 'bronNummerNaamFactuurrelatie',
      factuurkortingGebruiken: false,
      betalingskortingGebruiken: false,
      storneren: false,
    },
    ctx(),
  )
  if (isLeft(r)) throw new Error(r.left.message)
}

const relatie = (n: number) => ({ nummer: `${10000 + n}`, naam: `Relatie ${n}` })

/** Subscription lines: `relaties` relaties × `abonnementen` subscriptions × `regels` lines, all due in April. */
export const abonnementsregels = (relaties: number, abonnementen = 2, regels = 2) =>
  Array.from({ length: relaties }, (_, r) =>
    Array.from({ length: abonnementen }, (_, a) =>
      Array.from({ length: regels }, (_, l) => ({
        administratie: 'A1',
        regelId: `L${l}`,
        abonnementId: `AB-${r}-${a}`,
        verkooprelatie: relatie(r),
        valuta: 'EUR',
        btwPlicht: 'binnenland',
        omschrijving: `Abonnement ${a} regel ${l}`,
        bedrag: `${10 + l}.${String(r % 100).padStart(2, '0')}`,
        btwCode: 'HOOG',
        btwPercentage: '21',
        integratiegroep: 'UREN',
        periode: { van: '2026-04-01', tot: '2026-04-30' },
      })),
    ),
  ).flat(2)

/** An approved nacalculatie line of one hour of advice on `project`, as the concept service takes it over. */
export const urenregel = (regelId: string, project: string, bedrag: string) => ({
  regelId,
  project,
  soort: 'uren',
  itemcode: 'ADV',
  omschrijving: `Advies ${regelId}`,
  aantal: '1.00',
  prijs: bedrag,
  bedrag,
  btwTariefgroep: 'hoog',
  integratiegroep: 'UREN',
})

/** The outcome of a step a spec expects to succeed; a refusal fails the spec with its code and message. */
export const ok = <A>(result: Either<{ code: string; message: string }, A>): A => {
  if (isLeft(result)) throw new Error(`${result.left.code}: ${result.left.message}`)
  return result.right
}

/**
 * Relatie 10032's approved hours onto concepts (`projectInstellingen` decides how many) in administratie A1, each
 * concept then made factureerbaar: what "factureren concepten" takes next.
 */
export const factureerbareConcepten = async (
  concepten: ConceptService,
  projectInstellingen: ProjectInstellingen,
  projecten: readonly ProjectRef[],
  regels: readonly ReturnType<typeof urenregel>[],
): Promise<void> => {
  const stap = (naam: string): CommandContext => ({ ...ctx(), commandId: naam })
  const opdracht = { administratie: 'A1', verkooprelatie: relatie10032, valuta: 'EUR', relatieInstellingen }
  const overgenomen = ok(
    await concepten.neemNacalculatieOver(
      { ...opdracht, projectInstellingen, projecten: [...projecten], regels: [...regels] },
      stap('nacalculatie'),
    ),
  )
  for (const { conceptId } of overgenomen.concepten)
    ok(await concepten.stelFactureerbaar({ administratie: 'A1', conceptId }, stap(`factureerbaar-${conceptId}`)))
}
