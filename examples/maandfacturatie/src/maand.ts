import { AggregateCache, type CommandContext, type EventStore, ProjectionRunner } from '@factuurstroom/eventsourcing'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import {
  type Conceptfacturering,
  type ConceptService,
  conceptPoort,
  conceptService,
  dagboekPoorten,
  dagboekService,
  type Facturatiecockpit,
  facturatiecockpit,
  type InrichtingService,
  inrichtingService,
  type Verkooprelatieprofiel,
  weergaven,
} from './facturatie'
import type { Administratie, Maand, Relatie } from './genereer'
import { CONCEPT_REEKS, richtAdministratieIn, richtConceptTellerIn } from './inrichten'
import { type Conceptverwijzing, type Nagekomen, nacalculatie, neemNagekomenUrenOver } from './nacalculatie'
import { relatiepartij } from './partijen'
import { verwacht } from './verwacht'
import { type Cockpitweergaven, cockpitweergaven, nietVerwerkt } from './weergaven'

/** What the job reports while it runs: a phase, and how far it got. */
export type Voortgang = (fase: string, gedaan: number, totaal: number) => void

export interface AdministratieUitkomst {
  readonly code: string
  readonly concepten: number
  readonly conceptfacturen: number
  /** R10: nacalculatie lines written off, and deferred to next month (they stay on their concept). */
  readonly afgeboekt: readonly string[]
  readonly doorgeschoven: readonly string[]
  /** R21: the blocked relatie, the error that stopped the run and the invoices the recovery made. */
  readonly blokkade?: { relatie: string; melding: string; hersteldeFacturen: number }
  readonly voorschotfacturen: number
  readonly abonnementsfacturen: number
  readonly cursusfacturen: number
  readonly verzamelfacturen: number
  /** Hours booked after the invoicing run, waiting on factureerbaar concepts for the next factureren concepten. */
  readonly nagekomen: Nagekomen
}

export interface Uitkomst {
  readonly bibliotheek: Bibliotheek
  readonly administraties: readonly AdministratieUitkomst[]
  readonly gejournaliseerd: number
  readonly verstrekt: number
  /** The job's own fold over the log, for its checks. */
  readonly weergaven: Cockpitweergaven
  /** The library's views (R22, open items, journal) as of the end of the run: what the job prints. */
  readonly bibliotheekweergaven: weergaven.Weergaven
  /** Seconds per phase. */
  readonly fasen: Record<string, number>
}

/** The host's relatie master data: verkooprelatieprofielen (R12, R19) that the job can change mid-run. */
export class Relatiebestand {
  readonly #profielen = new Map<string, Verkooprelatieprofiel>()
  constructor(maand: Maand) {
    for (const adm of maand.administraties) {
      for (const relatie of adm.relaties) this.#profielen.set(`${adm.code}|${relatie.nummer}`, profielVan(relatie))
    }
  }
  profiel = (administratie: string, relatie: string) => this.#profielen.get(`${administratie}|${relatie}`)
  /** The fix of R21's example: the block is lifted in the master data. */
  deblokkeer(administratie: string, relatie: string): void {
    const profiel = this.profiel(administratie, relatie)
    if (profiel) this.#profielen.set(`${administratie}|${relatie}`, { ...profiel, geblokkeerd: false })
  }
}

const profielVan = (relatie: Relatie): Verkooprelatieprofiel => ({
  relatie: relatie.nummer,
  geblokkeerd: relatie.geblokkeerd,
  verzamelmethode: relatie.verzamelt ? 'perVerkooprelatie' : 'apart',
  verzamelperiode: 'niet',
  verstrekkingen: [{ rapport: 'factuur', wijze: relatie.verstrekking }],
  partij: relatiepartij(relatie),
})

export interface Bibliotheek {
  readonly inrichting: InrichtingService
  readonly concepten: ConceptService
  readonly cockpit: Facturatiecockpit
  readonly relaties: Relatiebestand
  /** Per administratie, the concepts "factureren concepten" invoiced (their hand-overs to the cockpit). */
  readonly conceptfacturen: Map<string, number>
}

/**
 * The host's master data the concepts are invoiced under (R6, R12, R16), from the month: the administratie's project
 * settings, each relatie's concept settings; this firm invoices no project apart.
 */
const conceptstamgegevens = (maand: Maand) => {
  const administratie = (code: string) => maand.administraties.find((a) => a.code === code)
  return {
    projectInstellingen: (code: string) => (administratie(code) as Administratie).projectInstellingen,
    relatieInstellingen: (code: string, relatie: string) =>
      administratie(code)?.relaties.find((r) => r.nummer === relatie)?.instellingen,
    apartFactureren: (code: string, project: string) =>
      administratie(code)?.projecten.some((p) => p.nummer === project) ? false : undefined,
  }
}

/** The concept port, counting per administratie the concepts it invoiced, for the job's report. */
const tellendeConceptPoort = (poort: Conceptfacturering, telling: Map<string, number>): Conceptfacturering => ({
  factureer: async (vraag, context) => {
    const facturen = await poort.factureer(vraag, context)
    if (isRight(facturen)) telling.set(vraag.administratie, facturen.right.length)
    return facturen
  },
  overdrachten: poort.overdrachten,
})

/** The library wired the way a host wires it: one store, shared caches, the host's master data behind the ports. */
export const bouwBibliotheek = (store: EventStore, maand: Maand): Bibliotheek => {
  const cache = new AggregateCache()
  const inrichting = inrichtingService(store, { cache })
  let conceptTeller = 0
  // Every service gets a cache, so a command reads only the events after the state it folded before.
  const concepten = conceptService(store, {
    nieuwId: () => `K${String(++conceptTeller).padStart(6, '0')}`,
    conceptReeks: CONCEPT_REEKS,
    cache,
  })
  const dagboek = dagboekService(store, { inrichting, cache })
  const relaties = new Relatiebestand(maand)
  const debiteuren = new Map(
    maand.administraties.flatMap((adm) => adm.projecten.map((p) => [`${adm.code}|${p.nummer}`, p.relatie] as const)),
  )
  const conceptfacturen = new Map<string, number>()
  const stamgegevens = conceptstamgegevens(maand)
  const cockpit = facturatiecockpit(
    store,
    {
      ...dagboekPoorten(dagboek),
      concepten: tellendeConceptPoort(conceptPoort(concepten, { store, inrichting, stamgegevens }), conceptfacturen),
      relaties: { profiel: relaties.profiel },
      instellingen: {
        conceptfacturering: () => true,
        projectenFacturerenAanAlleVerkooprelaties: (adm) =>
          maand.administraties.find((a) => a.code === adm)?.projectInstellingen
            .projectenFacturerenAanAlleVerkooprelaties ?? false,
      },
      projecten: { debiteur: (adm, project) => debiteuren.get(`${adm}|${project}`) },
      autorisatie: { magJournaalpostRaadplegen: (actor) => actor === 'maandfacturatie' },
    },
    // The month's invoices stay folded from making to journalising: a run makes more than the default 1,000.
    { cache, factuurCache: cache },
  )
  return { inrichting, concepten, cockpit, relaties, conceptfacturen }
}

/**
 * Runs the month through the whole Facturatiecockpit flow, administratie by administratie: set-up, the advance
 * invoices made earlier in the month, nacalculatie onto concepts (R2, R3), a few lines deferred or written off (R10),
 * concepts invoiced (R1), factureren concepten (stopped by the blocked relatie, fixed, then finished by "factureren
 * te factureren regels", R21), abonnementen and cursussen (R20), the Verzamelfactuur function (R19), journaliseren
 * (R30) and verstrekken (R22; the print batch waits for tomorrow, so those invoices stay "niet verwerkt"); last, the
 * hours booked after the run go onto concepts set factureerbaar, for the next factureren concepten.
 */
export const draaiMaand = async (
  store: EventStore,
  maand: Maand,
  voortgang: Voortgang = () => {},
): Promise<Uitkomst> => {
  const bieb = bouwBibliotheek(store, maand)
  const fasen: Record<string, number> = {}
  const fase = async <T>(naam: string, werk: () => Promise<T>): Promise<T> => {
    const start = performance.now()
    try {
      return await werk()
    } finally {
      fasen[naam] = (fasen[naam] ?? 0) + (performance.now() - start) / 1000
    }
  }
  const ctx =
    (uur: string) =>
    (commandId: string): CommandContext => ({
      commandId,
      occurredAt: `${maand.laatsteDag}T${uur}:00:00.000Z`,
      actor: 'maandfacturatie',
      correlationId: `maand-${maand.periode}`,
    })
  const administraties: Omit<AdministratieUitkomst, 'nagekomen'>[] = []
  for (const adm of maand.administraties) {
    await fase('inrichten', async () => {
      await richtAdministratieIn(bieb.inrichting, maand.omgeving, adm, ctx('07'))
      await richtConceptTellerIn(bieb.concepten, adm, ctx('07'))
    })
    const voorschotfacturen = await fase('voorschotfacturen', () => voorschotten(bieb, maand, adm, ctx('07')))
    const concepten = await fase('nacalculatie → concepten', () => nacalculatie(bieb, maand, adm, voortgang, ctx('08')))
    await fase('voorschotregels', () => voorschotregels(bieb, adm, voorschotfacturen, concepten, ctx('09')))
    const aanpassingen = await fase('beoordelen', () => beoordeel(bieb, adm, concepten, ctx('10')))
    await fase('concepten factureerbaar', () => stelFactureerbaar(bieb, adm, concepten, voortgang, ctx('11')))
    const blokkade = await fase('factureren concepten (cockpit)', () => cockpitConcepten(bieb, maand, adm, ctx('12')))
    const abonnementen = await fase('factureren abonnementen', () => abonnementsfacturen(bieb, maand, adm, ctx('13')))
    const cursussen = await fase('factureren cursussen', () => cursusfacturen(bieb, maand, adm, ctx('14')))
    const verzameld = await fase('verzamelfactuur', async () =>
      verwacht(
        'verzamelfactuur',
        await bieb.cockpit.maakVerzamelfactuur(
          {
            administratie: adm.code,
            runId: `VERZAMEL-${maand.periode}`,
            totEnMet: maand.laatsteDag,
            factuurdatum: maand.laatsteDag,
          },
          ctx('15')(`verzamelfactuur:${adm.code}`),
        ),
      ),
    )
    administraties.push({
      code: adm.code,
      concepten: concepten.length,
      conceptfacturen: bieb.conceptfacturen.get(adm.code) ?? 0,
      ...aanpassingen,
      ...(blokkade ? { blokkade } : {}),
      voorschotfacturen: voorschotfacturen.size,
      abonnementsfacturen: abonnementen,
      cursusfacturen: cursussen,
      verzamelfacturen: verzameld.facturen.length,
    })
  }
  const eigen = new ProjectionRunner(cockpitweergaven)
  await fase('weergaven bijwerken', () => eigen.catchUp(store))
  const { gejournaliseerd, verstrekt } = await fase('journaliseren en verstrekken', () =>
    journaliseerEnVerstrek(bieb, maand, eigen.view, voortgang, ctx('16')),
  )
  const nagekomen = new Map<string, Nagekomen>()
  await fase('nagekomen uren → concepten', async () => {
    for (const adm of maand.administraties)
      nagekomen.set(adm.code, await neemNagekomenUrenOver(bieb, maand, adm, ctx('17')))
  })
  const views = new ProjectionRunner(weergaven.weergavenProjectie)
  await fase('weergaven bijwerken', async () => {
    await eigen.catchUp(store)
    await views.catchUp(store)
  })
  return {
    bibliotheek: bieb,
    administraties: administraties.map((a) => ({
      ...a,
      nagekomen: nagekomen.get(a.code) ?? { relaties: [], regels: 0, concepten: [] },
    })),
    gejournaliseerd,
    verstrekt,
    weergaven: eigen.view,
    bibliotheekweergaven: views.view,
    fasen,
  }
}

/**
 * Journaliseren over the "niet verwerkte facturen" view (R30), then verstrekken by each debiteur's verstrekkingswijze
 * (R22). Printed invoices go out in tomorrow's print batch, so they stay in the view as not fully issued.
 */
const journaliseerEnVerstrek = async (
  bieb: Bibliotheek,
  maand: Maand,
  view: Cockpitweergaven,
  voortgang: Voortgang,
  ctx: Stap,
) => {
  const print = new Set(
    maand.administraties.flatMap((a) =>
      a.relaties.filter((r) => r.verstrekking === 'print').map((r) => `${a.code}|${r.nummer}`),
    ),
  )
  const werk = nietVerwerkt(view).filter((f) => f.factuurnummer !== undefined)
  const teJournaliseren = new Map<string, string[]>()
  const teVerstrekken = new Map<string, string[]>()
  const kies = (selectie: Map<string, string[]>, administratie: string, factuurId: string) =>
    selectie.set(administratie, [...(selectie.get(administratie) ?? []), factuurId])
  for (const [i, f] of werk.entries()) {
    voortgang('journaliseren en verstrekken', i + 1, werk.length)
    if (!f.gejournaliseerd) kies(teJournaliseren, f.administratie, f.factuurId)
    if (!f.verstrekt && !print.has(`${f.administratie}|${f.factuurrelatie}`))
      kies(teVerstrekken, f.administratie, f.factuurId)
  }
  // The selection of each administratie journalised at once (the cockpit's "Journaliseren"), then issued.
  const nummers = new Map(werk.map((f) => [f.factuurId, f.factuurnummer]))
  let gejournaliseerd = 0
  for (const [administratie, factuurIds] of teJournaliseren) {
    const antwoorden = verwacht(
      `journaliseer ${administratie}`,
      await bieb.cockpit.journaliseerAlle({ administratie, factuurIds }, ctx(`journaliseer:${administratie}`)),
    )
    for (const { factuurId, uitkomst } of antwoorden) verwacht(`journaliseer ${nummers.get(factuurId)}`, uitkomst)
    gejournaliseerd += antwoorden.length
  }
  // The selection of each administratie issued at once (the cockpit's "Verstrekken"): one command id per invoice.
  let verstrekt = 0
  for (const [administratie, factuurIds] of teVerstrekken) {
    const antwoorden = verwacht(
      `verstrek ${administratie}`,
      await bieb.cockpit.verstrekAlle({ administratie, factuurIds }, ctx(`verstrek:${administratie}`)),
    )
    for (const { factuurId, uitkomst } of antwoorden) verwacht(`verstrek ${factuurId}`, uitkomst)
    verstrekt += antwoorden.length
  }
  return { gejournaliseerd, verstrekt }
}

/** A command context for a command id, at the hour of the phase. */
export type Stap = (commandId: string) => CommandContext

const voorschotten = async (bieb: Bibliotheek, maand: Maand, adm: Administratie, ctx: Stap) => {
  const gemaakt = new Map<string, { factuurnummer: string; bedrag: string; btw: string }>()
  for (const v of adm.voorschotten) {
    const relatie = adm.relaties.find((r) => r.nummer === v.relatie) as Relatie
    const project = adm.projecten.find((p) => p.nummer === v.project)
    if (!project) continue
    const ref = { nummer: relatie.nummer, naam: relatie.naam }
    const factuur = verwacht(
      `voorschotfactuur ${v.factuurId}`,
      await bieb.cockpit.factureerHandmatig(
        {
          administratie: adm.code,
          factuurId: v.factuurId,
          integratiesoort: 'handmatigeProjectfacturen',
          voorschot: true,
          opdracht: {
            administratie: adm.code,
            bron: 'handmatig',
            bronId: v.factuurId,
            verkooprelatie: ref,
            factuurrelatie: ref,
            valuta: 'EUR',
            btwPlicht: relatie.btwPlicht,
            factuurdatum: maand.eersteDag,
            project: { nummer: project.nummer, omschrijving: project.omschrijving },
            betalingsconditie: { termijnDagen: 14 },
            regels: [
              {
                regelId: 'V1',
                omschrijving: `Voorschot ${project.omschrijving}`,
                soort: 'omzet',
                bedrag: v.bedrag,
                btwCode: 'HOOG',
                btwPercentage: '21',
                integratiegroep: 'VOORSCHOT',
              },
            ],
          },
        },
        ctx(`voorschotfactuur:${adm.code}:${v.factuurId}`),
      ),
    )
    verwacht(
      `journaliseer ${v.factuurId}`,
      await bieb.cockpit.journaliseer(
        { administratie: adm.code, factuurId: v.factuurId },
        ctx(`journaliseer:${adm.code}:${v.factuurId}`),
      ),
    )
    verwacht(
      `verstrek ${v.factuurId}`,
      await bieb.cockpit.verstrek(
        { administratie: adm.code, factuurId: v.factuurId },
        ctx(`verstrek:${adm.code}:${v.factuurId}`),
      ),
    )
    const state = await bieb.cockpit.factuur(adm.code, v.factuurId)
    gemaakt.set(v.project, {
      factuurnummer: factuur.factuurnummer,
      bedrag: v.bedrag,
      btw: state.btw?.totaalBtw ?? '0.00',
    })
  }
  return gemaakt
}

const voorschotregels = async (
  bieb: Bibliotheek,
  adm: Administratie,
  facturen: ReadonlyMap<string, { factuurnummer: string; bedrag: string; btw: string }>,
  concepten: readonly Conceptverwijzing[],
  ctx: Stap,
) => {
  for (const [projectnummer, f] of facturen) {
    const concept = concepten.find((c) => c.project === projectnummer)
    const project = adm.projecten.find((p) => p.nummer === projectnummer)
    if (!concept || !project) continue
    verwacht(
      `voorschotregel ${f.factuurnummer}`,
      await bieb.concepten.voegVoorschotToe(
        {
          administratie: adm.code,
          verkooprelatie: { nummer: concept.relatie.nummer, naam: concept.relatie.naam },
          valuta: 'EUR',
          projectInstellingen: adm.projectInstellingen,
          relatieInstellingen: concept.relatie.instellingen,
          project: { nummer: project.nummer, omschrijving: project.omschrijving },
          voorschotfactuur: {
            factuurnummer: f.factuurnummer,
            bron: 'projectfactuur',
            bedrag: f.bedrag,
            btwBedrag: f.btw,
            btwCode: 'HOOG',
            btwPercentage: '21',
          },
        },
        ctx(`voorschotregel:${adm.code}:${f.factuurnummer}`),
      ),
    )
  }
}

/** The reviewer's month-end pass (R10): now and then a line written off with a reason, or deferred to next month. */
const beoordeel = async (bieb: Bibliotheek, adm: Administratie, concepten: readonly Conceptverwijzing[], ctx: Stap) => {
  const afgeboekt: string[] = []
  const doorgeschoven: string[] = []
  for (const [i, concept] of concepten.entries()) {
    const regelId = concept.regelIds[0]
    if (regelId === undefined || concept.regelIds.length < 2 || concept.relatie.geblokkeerd) continue
    const verwerking = i % 29 === 7 ? 'afboeken' : i % 31 === 11 ? 'doorschuiven' : undefined
    if (!verwerking) continue
    verwacht(
      `${verwerking} ${regelId}`,
      await bieb.concepten.wijzigVerwerkingsmethode(
        {
          administratie: adm.code,
          conceptId: concept.conceptId,
          regelIds: [regelId],
          verwerking,
          ...(verwerking === 'afboeken' ? { reden: 'Niet declarabel volgens offerte' } : {}),
        },
        ctx(`${verwerking}:${adm.code}:${concept.conceptId}`),
      ),
    )
    if (verwerking === 'afboeken') afgeboekt.push(regelId)
    else doorgeschoven.push(regelId)
  }
  return { afgeboekt, doorgeschoven }
}

/** The reviewer selects every concept and releases them for invoicing at once (R1): factureerbaar. */
const stelFactureerbaar = async (
  bieb: Bibliotheek,
  adm: Administratie,
  concepten: readonly Conceptverwijzing[],
  voortgang: Voortgang,
  ctx: Stap,
) => {
  const antwoorden = verwacht(
    `factureerbaar ${adm.code}`,
    await bieb.concepten.stelFactureerbaarAlle(
      { administratie: adm.code, conceptIds: concepten.map((c) => c.conceptId) },
      ctx(`factureerbaar:${adm.code}`),
    ),
  )
  for (const { conceptId, uitkomst } of antwoorden) verwacht(`factureerbaar ${conceptId}`, uitkomst)
  voortgang(`${adm.code} concepten factureerbaar`, concepten.length, concepten.length)
}

/**
 * Factureren concepten in one step: the cockpit invoices every factureerbaar concept of the administratie under the
 * settings in force (R1, R17), stages the lines and makes the invoices. A blocked relatie stops the run half way (the
 * cockpit refuses its invoice); the block is lifted in the master data and "factureren te factureren regels" turns
 * exactly the staged lines into invoices (R21).
 */
const cockpitConcepten = async (bieb: Bibliotheek, maand: Maand, adm: Administratie, ctx: Stap) => {
  // Kept short: the cockpit names each invoice `<runId>-<conceptId>` (C2603-K000001), an id every event of the
  // invoice carries; the period makes it a new run each month, the same run when the month is resumed (R21).
  const runId = `C${maand.periode.slice(2).replace('-', '')}`
  const run = await bieb.cockpit.factureerConcepten(
    { administratie: adm.code, runId, factuurdatum: maand.laatsteDag },
    ctx(`factureren-concepten:${adm.code}`),
  )
  if (!isLeft(run)) return undefined
  if (run.left.code !== 'RELATIE_GEBLOKKEERD') verwacht('factureren concepten', run)
  const geblokkeerd = adm.relaties.find((r) => r.geblokkeerd)
  if (!geblokkeerd) throw new Error(`factureren concepten stopped without a blocked relatie: ${run.left.message}`)
  bieb.relaties.deblokkeer(adm.code, geblokkeerd.nummer)
  const herstel = verwacht(
    'factureren te factureren regels',
    await bieb.cockpit.factureerTeFacturerenRegels(
      { administratie: adm.code },
      ctx(`factureren-te-factureren-regels:${adm.code}`),
    ),
  )
  return { relatie: geblokkeerd.nummer, melding: run.left.message, hersteldeFacturen: herstel.facturen.length }
}

const abonnementsfacturen = async (bieb: Bibliotheek, maand: Maand, adm: Administratie, ctx: Stap) => {
  const regels = adm.abonnementen.flatMap((a) => {
    const relatie = adm.relaties.find((r) => r.nummer === a.relatie) as Relatie
    return a.regels.map((regel) => ({
      administratie: adm.code,
      regelId: regel.regelId,
      abonnementId: a.abonnementId,
      verkooprelatie: { nummer: relatie.nummer, naam: relatie.naam },
      valuta: 'EUR',
      btwPlicht: relatie.btwPlicht,
      omschrijving: `${regel.omschrijving} ${maand.periode}`,
      bedrag: regel.bedrag,
      btwCode: btwCodeVoor(adm, relatie.btwPlicht, 'hoog'),
      btwPercentage: btwPercentageVoor(adm, relatie.btwPlicht, 'hoog'),
      integratiegroep: 'ABONNEMENT',
      bronOmschrijving: `Abonnement ${a.abonnementId}`,
      betalingsconditie: { termijnDagen: 14 },
      periode: { van: maand.eersteDag, tot: maand.laatsteDag },
    }))
  })
  const run = verwacht(
    'factureren abonnementen',
    await bieb.cockpit.factureerAbonnementen(
      {
        administratie: adm.code,
        runId: `ABONNEMENTEN-${maand.periode}`,
        peildatum: maand.eersteDag,
        factuurdatum: maand.eersteDag,
      },
      regels,
      ctx(`factureren-abonnementen:${adm.code}`),
    ),
  )
  return run.facturen.length
}

const cursusfacturen = async (bieb: Bibliotheek, maand: Maand, adm: Administratie, ctx: Stap) => {
  const inschrijvingen = adm.inschrijvingen.map((i) => {
    const relatie = adm.relaties.find((r) => r.nummer === i.relatie) as Relatie
    return {
      administratie: adm.code,
      regelId: i.inschrijvingId,
      cursusId: i.cursusId,
      inschrijvingId: i.inschrijvingId,
      datum: i.datum,
      deelnemer: i.deelnemer,
      verkooprelatie: { nummer: relatie.nummer, naam: relatie.naam },
      valuta: 'EUR',
      btwPlicht: relatie.btwPlicht,
      omschrijving: `${i.cursus}, deelnemer ${i.deelnemer}`,
      bedrag: i.bedrag,
      btwCode: btwCodeVoor(adm, relatie.btwPlicht, 'hoog'),
      btwPercentage: btwPercentageVoor(adm, relatie.btwPlicht, 'hoog'),
      integratiegroep: 'CURSUS',
      bronOmschrijving: i.cursus,
      betalingsconditie: { termijnDagen: 30 },
    }
  })
  const run = verwacht(
    'factureren cursussen',
    await bieb.cockpit.factureerCursussen(
      { administratie: adm.code, runId: `CURSUSSEN-${maand.periode}`, factuurdatum: maand.laatsteDag },
      inschrijvingen,
      ctx(`factureren-cursussen:${adm.code}`),
    ),
  )
  return run.facturen.length
}

const btwRegel = (adm: Administratie, btwPlicht: string, tariefgroep: string) => {
  const regel = adm.btwCodes.find((b) => b.btwPlicht === btwPlicht && b.tariefgroep === tariefgroep)
  if (!regel) throw new Error(`No btw-code for ${btwPlicht}/${tariefgroep} in ${adm.code}`)
  return regel
}
const btwCodeVoor = (adm: Administratie, btwPlicht: string, tariefgroep: string) =>
  btwRegel(adm, btwPlicht, tariefgroep).btwCode
const btwPercentageVoor = (adm: Administratie, btwPlicht: string, tariefgroep: string) =>
  btwRegel(adm, btwPlicht, tariefgroep).percentage
