import { type CommandContext, type EventStore, InMemoryEventStore } from '@factuurstroom/eventsourcing'
import type { Either } from 'fp-ts/lib/Either.js'
import { maakCockpit } from '../cockpit/cockpit.fixture'
import { conceptPoort } from '../cockpit/conceptfacturering'
import type { ProjectInstellingen, VerkooprelatieInstellingen } from '../concept/instellingen'
import { conceptService } from '../concept/service'
import { projectInstellingen } from '../concept/voorbeeld.fixture'
import { inrichtingService } from '../inrichting/service'

/**
 * A small month through the real services: concepts (issue 4) invoiced through the cockpit (issue 6), numbered and
 * journalised by the dagboek (issue 5). Each step is recorded on its own day, so "as of" a date means something.
 *
 * - 10032 (hoofddeclarant jan, declarant piet): the worked example; REIS deferred, DRUK written off; issued and
 *   journalised → verwerkt.
 * - 20001 (hoofddeclarant anna): one invoice journalised but not issued → niet verwerkt.
 * - 30003 (hoofddeclarant jan): an open concept below the relatie's minimum → R6 warning.
 */
export const DAGEN = ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04'] as const

export const relaties = {
  r10032: { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' },
  r20001: { nummer: '20001', naam: 'Stichting Beursvloer' },
  r30003: { nummer: '30003', naam: 'Drukkerij Van Dam' },
}

const instellingen: Record<string, VerkooprelatieInstellingen> = {
  '10032': { btwPlicht: 'binnenland', hoofddeclarant: 'jan', declarant: 'piet' },
  '20001': { btwPlicht: 'binnenland', hoofddeclarant: 'anna' },
  '30003': { btwPlicht: 'binnenland', hoofddeclarant: 'jan', minimumFactuurbedrag: '250.00' },
}

const project: ProjectInstellingen = { ...projectInstellingen }

let teller = 0
const ctx = (occurredAt: string): CommandContext => ({
  commandId: `scenario-${++teller}`,
  occurredAt,
  actor: 'boekhouder',
})

const ok = <A>(result: Either<{ code: string; message: string }, A>): A => {
  if (result._tag === 'Left') throw new Error(`${result.left.code}: ${result.left.message}`)
  return result.right
}

const regel = (
  regelId: string,
  itemcode: string,
  soort: 'uren' | 'kosten',
  aantal: string,
  prijs: string,
  bedrag: string,
) => ({
  regelId,
  project: 'P-1',
  soort,
  itemcode,
  itemomschrijving: itemcode,
  omschrijving: `${itemcode} ${aantal}`,
  aantal,
  prijs,
  bedrag,
  btwTariefgroep: 'hoog',
  integratiegroep: soort === 'uren' ? 'UREN' : 'KOSTEN',
})

export interface Scenario {
  readonly store: EventStore
  /** Moves the recording clock to a day of `DAGEN`. */
  readonly opDag: (dag: string) => void
}

/** Builds the scenario on `store` (an in-memory store with a settable clock by default). */
export const bouwScenario = async (options: { store?: EventStore; opDag?: (dag: string) => void } = {}) => {
  let nu = new Date(`${DAGEN[0]}T10:00:00.000Z`)
  const store = options.store ?? new InMemoryEventStore({ clock: () => nu })
  const opDag = options.opDag ?? ((dag: string) => (nu = new Date(`${dag}T10:00:00.000Z`)))
  opDag(DAGEN[0])
  let id = 0
  const concepten = conceptService(store, { nieuwId: () => `C-${++id}` })
  const bron = conceptPoort(concepten, {
    store,
    inrichting: inrichtingService(store),
    stamgegevens: {
      projectInstellingen: () => project,
      relatieInstellingen: (_administratie, relatie) => instellingen[relatie],
      apartFactureren: () => false,
    },
  })
  // This host names its invoices F-1, F-2 … itself (the views' specs read them) instead of `<runId>-<conceptId>`,
  // keyed by the cockpit's id so that a later run does not take an invoiced concept for its own resumed one.
  const factuurIds = new Map<string, string>()
  const { cockpit } = await maakCockpit({
    conceptfacturering: true,
    store,
    concepten: {
      factureer: (vraag, context) =>
        bron.factureer(
          { ...vraag, factuurIdVoor: (c) => factuurIds.get(vraag.factuurIdVoor(c)) ?? vraag.factuurIdVoor(c) },
          context,
        ),
      overdrachten: bron.overdrachten,
    },
  })
  const at = (dag: string) => `${dag}T10:00:00.000Z`

  const neemOver = async (
    relatie: { nummer: string; naam: string },
    regels: ReturnType<typeof regel>[],
    dag: string,
  ) => {
    const uitkomst = ok(
      await concepten.neemNacalculatieOver(
        {
          administratie: 'A1',
          verkooprelatie: relatie,
          valuta: 'EUR',
          projectInstellingen: project,
          relatieInstellingen: instellingen[relatie.nummer],
          projecten: [{ nummer: 'P-1', omschrijving: `Project van ${relatie.naam}` }],
          regels,
        },
        ctx(at(dag)),
      ),
    )
    return uitkomst.concepten[0]?.conceptId as string
  }

  /** Sets the concept factureerbaar and runs "factureren concepten" on `dag`; the concept becomes `factuurId`. */
  const factureer = async (
    conceptId: string,
    factuurId: string,
    dag: string,
    runId: string,
    naVoltooien: { verstrekkenNaVoltooien?: boolean; journaliserenNaVoltooien?: boolean },
  ) => {
    ok(await concepten.stelFactureerbaar({ administratie: 'A1', conceptId }, ctx(at(dag))))
    factuurIds.set(`${runId}-${conceptId}`, factuurId)
    ok(
      await cockpit.factureerConcepten({ administratie: 'A1', runId, factuurdatum: dag, ...naVoltooien }, ctx(at(dag))),
    )
  }

  // Day 1: nacalculatie arrives on concepts.
  const c10032 = await neemOver(
    relaties.r10032,
    [
      regel('n1', 'ADV', 'uren', '7.50', '95.00', '712.50'),
      regel('n2', 'ADV', 'uren', '3.25', '95.00', '308.75'),
      regel('n3', 'ONT', 'uren', '6.00', '82.50', '495.00'),
      regel('n4', 'REIS', 'kosten', '142', '0.23', '32.66'),
      regel('n5', 'DRUK', 'kosten', '1', '118.35', '118.35'),
    ],
    DAGEN[0],
  )
  const c20001 = await neemOver(relaties.r20001, [regel('m1', 'ADV', 'uren', '10.00', '95.00', '950.00')], DAGEN[0])

  // Day 2: review (defer REIS, write off DRUK) and invoice through the cockpit; 10032 issued and journalised.
  opDag(DAGEN[1])
  ok(
    await concepten.wijzigVerwerkingsmethode(
      { administratie: 'A1', conceptId: c10032, regelIds: ['n4'], verwerking: 'doorschuiven' },
      ctx(at(DAGEN[1])),
    ),
  )
  ok(
    await concepten.wijzigVerwerkingsmethode(
      { administratie: 'A1', conceptId: c10032, regelIds: ['n5'], verwerking: 'afboeken', reden: 'Niet doorbelasten' },
      ctx(at(DAGEN[1])),
    ),
  )
  await factureer(c10032, 'F-1', DAGEN[1], 'R-1', { verstrekkenNaVoltooien: true, journaliserenNaVoltooien: true })

  // Day 3: 20001 invoiced and journalised, not yet issued.
  opDag(DAGEN[2])
  await factureer(c20001, 'F-2', DAGEN[2], 'R-2', { journaliserenNaVoltooien: true })

  // Day 4: a small concept for 30003, below its minimum (R6).
  opDag(DAGEN[3])
  const c30003 = await neemOver(relaties.r30003, [regel('k1', 'ONT', 'uren', '1.00', '82.50', '82.50')], DAGEN[3])

  return { store, cockpit, concepten, conceptIds: { c10032, c20001, c30003 } }
}
