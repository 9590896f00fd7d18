// A host's first invoice: the worked example of DOMAIN.md §3 from set-up to journaalpost and the cockpit's views.
import { type CommandContext, replayProjection } from '@factuurstroom/eventsourcing'
import { cockpit, concept, dagboek, inrichting, weergaven } from '@factuurstroom/facturatie'
import { PostgresEventStore } from '@factuurstroom/store-postgres'
import {
  adm,
  inrichtingsstappen,
  nacalculatie,
  profiel,
  project,
  relatie,
  stamgegevens,
  voorschotfactuur,
} from './gegevens.js'

let commando = 0
const ctx = (): CommandContext => ({ commandId: `c-${++commando}`, occurredAt: '2026-03-31T12:00:00Z', actor: 'jan' })
/** A refused command stops the program with the error's code and message. */
const ok = <A>(r: { _tag: 'Left'; left: { code?: string; message: string } } | { _tag: 'Right'; right: A }): A => {
  if (r._tag === 'Left') throw new Error(`${r.left.code ?? 'ERROR'}: ${r.left.message}`)
  return r.right
}

const main = async (): Promise<void> => {
  const store = await PostgresEventStore.embedded() // in memory; `{ dataDir }` keeps it on disk

  // 1. Set-up: administratie, verkoopboek 70, accounts, btw-code, integratiesoort.
  const setUp = inrichting.inrichtingService(store)
  for (const [actie, input] of inrichtingsstappen) ok(await setUp[actie](input, ctx()))

  // 2. Nacalculatie onto a concept (settings from the master data), the advance settled on it, ready to invoice.
  const concepten = concept.conceptService(store, { stamgegevens })
  const route = { administratie: adm, verkooprelatie: relatie, valuta: 'EUR' }
  const aangeboden = { ...route, projecten: [project], regels: nacalculatie }
  const overgenomen = ok(await concepten.neemNacalculatieOver(aangeboden, ctx()))
  ok(await concepten.voegVoorschotToe({ ...route, project, voorschotfactuur }, ctx()))
  const conceptId = overgenomen.concepten[0]?.conceptId
  ok(await concepten.stelFactureerbaar({ administratie: adm, conceptId }, ctx()))

  // 3. The cockpit's "factureren concepten": every factureerbaar concept invoiced, numbered and journalised.
  const facturatiecockpit = cockpit.facturatiecockpit(store, {
    ...cockpit.dagboekPoorten(dagboek.dagboekService(store, { inrichting: setUp })),
    concepten: cockpit.conceptPoort(concepten, { store, inrichting: setUp, stamgegevens }),
    instellingen: { conceptfacturering: () => true, projectenFacturerenAanAlleVerkooprelaties: () => false },
    projecten: { debiteur: (_adm, nummer) => (nummer === project.nummer ? relatie.nummer : undefined) },
    relaties: { profiel: (_adm, nummer) => profiel(nummer) },
    autorisatie: { magJournaalpostRaadplegen: (actor) => actor === 'jan' },
  })
  const opties = { administratie: adm, runId: 'R-2026-03', factuurdatum: '2026-03-31', journaliserenNaVoltooien: true }
  const run = ok(await facturatiecockpit.factureerConcepten(opties, ctx()))

  // 4. The three views of the cockpit (R22), folded from the log, and the invoice's journaalpost (R24).
  const { view } = await replayProjection(store, weergaven.weergavenProjectie)
  const factuur = (f: weergaven.FactuurRij) =>
    `  ${f.factuurnummer} ${f.verkooprelatieNaam}: netto ${f.totaalNetto}, btw ${f.totaalBtw}, totaal ${f.totaalBruto}` +
    `; gejournaliseerd ${f.gejournaliseerd ? 'ja' : 'nee'}, verstrekt ${f.volledigVerstrekt ? 'ja' : 'nee'}`
  console.log('Niet verwerkte facturen:')
  for (const f of weergaven.nietVerwerkteFacturen(view.facturen, weergaven.alleRelaties).rijen) console.log(factuur(f))
  console.log('Alle facturen:')
  for (const f of weergaven.alleFacturen(view.facturen, weergaven.alleRelaties).rijen) console.log(factuur(f))
  console.log('Alle factuurregels:')
  for (const r of weergaven.alleFactuurregels(view.facturen, weergaven.alleRelaties).rijen) {
    console.log(`  ${r.factuurnummer} ${r.omschrijving}: ${r.bedrag} (${r.btwCode} ${r.btwPercentage} %)`)
  }
  const inzage = { administratie: adm, factuurId: run.facturen[0]?.factuurId }
  const { journaalpost } = ok(await facturatiecockpit.raadpleegJournaalpost(inzage, { actor: 'jan' }))
  console.log(`Journaalpost ${journaalpost.omschrijving}:`)
  for (const r of journaalpost.regels) console.log(`  ${r.zijde.padEnd(6)} ${r.rekening} ${r.bedrag.padStart(8)}`)
  console.log(`  totaal debet ${journaalpost.totaalDebet}, credit ${journaalpost.totaalCredit}`)
  await store.close()
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
