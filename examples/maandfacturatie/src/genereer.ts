import { alsBedrag, decimaal } from '@factuurstroom/facturatie'
import type { BtwCodeRegel, ProjectInstellingen, VerkooprelatieInstellingen, Verstrekkingswijze } from './facturatie'
import { nagekomenUren } from './genereer-nagekomen'
import { bedragVan, werksoorten } from './tarieven'
import { type Toeval, toeval } from './toeval'

/**
 * The month a professional-services firm invoices: administraties with their set-up, relaties with their profiles,
 * projects with booked hours and costs (nacalculatie), subscriptions, course enrolments and a few advance invoices.
 * Pure and deterministic: the same seed and size give the same month, down to the last cent.
 */

export interface Omvang {
  readonly relaties: number
  readonly administraties: number
  readonly projectenPerRelatie: number
  readonly regelsPerProject: number
}

export const omvangen = {
  small: 25,
  default: 300,
  large: 1000,
} as const

/** A size is a number of relaties in total; everything else scales with it. */
export const omvang = (relaties: number): Omvang => ({
  relaties,
  administraties: relaties <= 30 ? 1 : relaties <= 150 ? 2 : relaties <= 600 ? 3 : 4,
  projectenPerRelatie: 7,
  regelsPerProject: 16,
})

export interface Relatie {
  readonly nummer: string
  readonly naam: string
  readonly btwPlicht: 'binnenland' | 'verlegd' | 'binnenEu'
  readonly verzamelt: boolean
  readonly verstrekking: Verstrekkingswijze
  readonly instellingen: VerkooprelatieInstellingen
  /** Blocked in the master data when the month is invoiced (R21): fixed during the run. */
  readonly geblokkeerd: boolean
}

export interface Project {
  readonly nummer: string
  readonly omschrijving: string
  readonly relatie: string
}

/** A booked nacalculatie line in the host's terms (`NacalculatieRegelInput` of the concept service). */
export interface Nacalculatieregel {
  readonly regelId: string
  readonly project: string
  readonly soort: 'uren' | 'kosten'
  readonly itemcode: string
  readonly itemomschrijving: string
  readonly omschrijving: string
  readonly aantal: string
  readonly prijs: string
  readonly bedrag: string
  readonly btwTariefgroep: 'hoog' | 'laag'
  readonly integratiegroep: 'UREN' | 'KOSTEN'
  readonly datum: string
}

export interface Voorschot {
  readonly factuurId: string
  readonly project: string
  readonly relatie: string
  readonly bedrag: string
}

export interface Abonnement {
  readonly abonnementId: string
  readonly relatie: string
  readonly regels: readonly { regelId: string; omschrijving: string; bedrag: string }[]
}

export interface Inschrijving {
  readonly cursusId: string
  readonly cursus: string
  readonly inschrijvingId: string
  readonly relatie: string
  readonly deelnemer: string
  readonly bedrag: string
  readonly datum: string
}

export interface BtwCode extends BtwCodeRegel {
  readonly rekening: string
}

export interface Administratie {
  readonly code: string
  readonly naam: string
  /** Verkoop dagboek 70 numbers from `reeks.van + 1`; series of administraties never overlap (R27). */
  readonly reeks: { readonly van: number; readonly tot: number }
  readonly creditReeks: { readonly prefix: string; readonly van: number; readonly tot: number }
  readonly projectInstellingen: ProjectInstellingen
  readonly btwCodes: readonly BtwCode[]
  readonly relaties: readonly Relatie[]
  readonly projecten: readonly Project[]
  /** Per relatie, its booked lines of the month. */
  readonly nacalculatie: ReadonlyMap<string, readonly Nacalculatieregel[]>
  /**
   * Per relatie, hours booked on the month's last working day after the invoicing run: they wait on a factureerbaar
   * concept for the next "factureren concepten".
   */
  readonly nagekomen: ReadonlyMap<string, readonly Nacalculatieregel[]>
  readonly voorschotten: readonly Voorschot[]
  readonly abonnementen: readonly Abonnement[]
  readonly inschrijvingen: readonly Inschrijving[]
}

export interface Maand {
  readonly seed: string
  readonly omvang: Omvang
  readonly omgeving: string
  /** `YYYY-MM` */
  readonly periode: string
  readonly eersteDag: string
  readonly laatsteDag: string
  readonly administraties: readonly Administratie[]
}

const kostensoorten = [
  { code: 'REIS', naam: 'Reiskosten', tariefgroep: 'hoog' },
  { code: 'DRUK', naam: 'Drukwerk', tariefgroep: 'hoog' },
  { code: 'PARK', naam: 'Parkeerkosten', tariefgroep: 'hoog' },
  { code: 'LIT', naam: 'Vakliteratuur', tariefgroep: 'laag' },
] as const

const achternamen = [
  'Van Dijk',
  'De Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'De Boer',
  'Mulder',
  'De Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'Van Leeuwen',
  'Kok',
]
const branches = ['Advies', 'Bouw', 'Logistiek', 'Techniek', 'Installaties', 'Zorg', 'Media', 'Vastgoed', 'Food']
const rechtsvormen = ['B.V.', 'Holding B.V.', 'N.V.', 'V.O.F.', 'Groep B.V.']
const projectsoorten = [
  'Implementatie ERP',
  'Jaarrekeningcontrole 2025',
  'Advies herstructurering',
  'Beursstand Jaarbeurs 2026',
  'Procesoptimalisatie',
  'Datamigratie',
  'Huisstijl en website',
  'Due diligence',
  'Interim-management',
  'Subsidieaanvraag',
]
const cursussen = [
  { id: 'CUR-XLS', naam: 'Excel voor financials', prijs: '495.00' },
  { id: 'CUR-PM', naam: 'Projectmanagement basis', prijs: '1250.00' },
  { id: 'CUR-BTW', naam: 'Btw-update 2026', prijs: '375.00' },
]
const abonnementsregels = [
  { omschrijving: 'Servicecontract maand', bedrag: ['150.00', '295.00', '450.00'] },
  { omschrijving: 'Licentie rapportageportaal', bedrag: ['49.50', '99.00'] },
  { omschrijving: 'Helpdesk-abonnement', bedrag: ['75.00', '125.00'] },
]
const voornamen = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Finn', 'Iris', 'Joris', 'Lotte', 'Sven', 'Noor', 'Ruben']

const dagVan = (periode: string, dag: number) => `${periode}-${String(dag).padStart(2, '0')}`

const werkdagen = (periode: string): string[] => {
  const [jaar, maand] = periode.split('-').map(Number) as [number, number]
  const dagen: string[] = []
  for (let d = 1; d <= new Date(Date.UTC(jaar, maand, 0)).getUTCDate(); d++) {
    const weekdag = new Date(Date.UTC(jaar, maand - 1, d)).getUTCDay()
    if (weekdag !== 0 && weekdag !== 6) dagen.push(dagVan(periode, d))
  }
  return dagen
}

/** Per administratie its own style of conceptfacturering, so the month exercises several set-ups. */
const instellingenVoor = (index: number): ProjectInstellingen => {
  const voorschot = { kostensoort: 'VOORSCH', omschrijving: 'Voorschot verrekend', integratiegroep: 'VOORSCHOT' }
  const basis = {
    facturerenOpBasisVanConcepten: true,
    striktMinimum: false,
    striktMaximum: false,
    voorschot,
    doorgeschovenRegelsFactureerbaarStellen: false,
    projectenFacturerenAanAlleVerkooprelaties: false,
  }
  switch (index % 3) {
    case 0:
      return {
        ...basis,
        conceptmethode: 'perProject',
        verdichting: 'perWerksoort',
        afronding: { methode: { stap: '1', richting: 'omlaag' }, kostensoort: 'AFR' },
      }
    case 1:
      return { ...basis, conceptmethode: 'perProject', verdichting: 'perProject' }
    default:
      return { ...basis, conceptmethode: 'perProject', verdichting: 'geen' }
  }
}

const btwCodes: readonly BtwCode[] = [
  { btwPlicht: 'binnenland', tariefgroep: 'hoog', btwCode: 'HOOG', percentage: '21', rekening: '1510' },
  { btwPlicht: 'binnenland', tariefgroep: 'laag', btwCode: 'LAAG', percentage: '9', rekening: '1511' },
  { btwPlicht: 'verlegd', tariefgroep: 'hoog', btwCode: 'VERL', percentage: '0', rekening: '1512' },
  { btwPlicht: 'verlegd', tariefgroep: 'laag', btwCode: 'VERLL', percentage: '0', rekening: '1512' },
  { btwPlicht: 'binnenEu', tariefgroep: 'hoog', btwCode: 'ICP', percentage: '0', rekening: '1513' },
  { btwPlicht: 'binnenEu', tariefgroep: 'laag', btwCode: 'ICPL', percentage: '0', rekening: '1513' },
]

const relatieNaam = (r: Toeval) => `${r.kies(achternamen)} ${r.kies(branches)} ${r.kies(rechtsvormen)}`

const genereerAdministratie = (
  r: Toeval,
  index: number,
  relaties: number,
  o: Omvang,
  periode: string,
): Omit<Administratie, 'nagekomen'> => {
  const code = `FS0${index + 1}`
  const dagen = werkdagen(periode)
  const jaar = Number(periode.slice(2, 4))
  const relatieLijst: Relatie[] = []
  // Administratie 1 has the worked example's relatie 10032 and one relatie that turns out to be blocked (R21).
  const geblokkeerdIndex = index === 0 ? Math.floor(relaties * 0.4) : -1
  for (let n = 0; n < relaties; n++) {
    const nummer = String(10_000 + index * 10_000 + n)
    const voorbeeld = nummer === '10032'
    const getrokken = voorbeeld ? 'binnenland' : r.kans(0.06) ? 'verlegd' : r.kans(0.05) ? 'binnenEu' : 'binnenland'
    // The documents show every VAT case (R32): administratie 1's last relatie is intra-EU, the one before verlegd.
    const vast =
      index === 0 && n === relaties - 1 ? 'binnenEu' : index === 0 && n === relaties - 2 ? 'verlegd' : undefined
    const btwPlicht = voorbeeld ? 'binnenland' : (vast ?? getrokken)
    const hoofddeclarant = `MW${String(r.tussen(1, 12)).padStart(3, '0')}`
    const geblokkeerd = n === geblokkeerdIndex
    relatieLijst.push({
      nummer,
      naam: voorbeeld ? 'Koninklijke Exhibitions Benelux B.V.' : relatieNaam(r),
      btwPlicht,
      verzamelt: !geblokkeerd && !voorbeeld && r.kans(0.12),
      verstrekking: r.kies(['emailPdf', 'emailPdf', 'emailPdf', 'emailPdf', 'ubl', 'peppol', 'print'] as const),
      instellingen: { btwPlicht, hoofddeclarant, declarant: `MW${String(r.tussen(13, 30)).padStart(3, '0')}` },
      geblokkeerd,
    })
  }
  const projecten: Project[] = []
  const nacalculatie = new Map<string, Nacalculatieregel[]>()
  let regelTeller = 0
  for (const relatie of relatieLijst) {
    const aantalProjecten = Math.max(1, r.tussen(1, o.projectenPerRelatie * 2 - 1))
    const regels: Nacalculatieregel[] = []
    for (let p = 0; p < aantalProjecten; p++) {
      const project: Project = {
        nummer: `P${jaar}${index + 1}-${String(projecten.length + 1).padStart(5, '0')}`,
        omschrijving: `${r.kies(projectsoorten)} ${relatie.naam.split(' ')[0]}`,
        relatie: relatie.nummer,
      }
      projecten.push(project)
      const aantalRegels = Math.max(2, r.tussen(2, o.regelsPerProject * 2 - 2))
      for (let l = 0; l < aantalRegels; l++) {
        const regelId = `N${index + 1}-${String(++regelTeller).padStart(7, '0')}`
        const datum = r.kies(dagen)
        if (r.kans(0.78)) {
          const werksoort = r.kies(werksoorten)
          const aantal = (r.tussen(2, 32) / 4).toFixed(2)
          regels.push({
            regelId,
            project: project.nummer,
            soort: 'uren',
            itemcode: werksoort.code,
            itemomschrijving: werksoort.naam,
            omschrijving: `${werksoort.naam} ${aantal} uur`,
            aantal,
            prijs: werksoort.prijs,
            bedrag: bedragVan(aantal, werksoort.prijs),
            btwTariefgroep: 'hoog',
            integratiegroep: 'UREN',
            datum,
          })
        } else {
          const kostensoort = r.kies(kostensoorten)
          const [aantal, prijs] =
            kostensoort.code === 'REIS'
              ? [String(r.tussen(12, 260)), '0.23']
              : ['1', `${r.tussen(5, 180)}.${String(r.tussen(0, 99)).padStart(2, '0')}`]
          regels.push({
            regelId,
            project: project.nummer,
            soort: 'kosten',
            itemcode: kostensoort.code,
            itemomschrijving: kostensoort.naam,
            omschrijving: kostensoort.naam,
            aantal,
            prijs,
            bedrag: bedragVan(aantal, prijs),
            btwTariefgroep: kostensoort.tariefgroep,
            integratiegroep: 'KOSTEN',
            datum,
          })
        }
      }
    }
    nacalculatie.set(relatie.nummer, regels)
  }

  // A few projects were invoiced an advance earlier in the month: about half of what they booked, in hundreds.
  const voorschotten: Voorschot[] = []
  const kandidaten = projecten.filter((p) => {
    const relatie = relatieLijst.find((x) => x.nummer === p.relatie)
    return relatie?.btwPlicht === 'binnenland' && !relatie.geblokkeerd && !relatie.verzamelt
  })
  for (let v = 0; v < Math.min(3, kandidaten.length); v++) {
    const project = kandidaten[Math.floor((v * kandidaten.length) / 3)] as Project
    const geboekt = (nacalculatie.get(project.relatie) ?? [])
      .filter((x) => x.project === project.nummer)
      .reduce((totaal, x) => totaal.plus(x.bedrag), decimaal(0))
    const bedrag = geboekt.dividedBy(200).floor().times(100)
    if (bedrag.greaterThan(0))
      voorschotten.push({
        factuurId: `VF-${code}-${v + 1}`,
        project: project.nummer,
        relatie: project.relatie,
        bedrag: alsBedrag(bedrag),
      })
  }

  const abonnementen: Abonnement[] = []
  const inschrijvingen: Inschrijving[] = []
  for (const relatie of relatieLijst) {
    if (r.kans(0.3)) {
      const regels = abonnementsregels
        .filter(() => r.kans(0.6))
        .map((a, i) => ({ regelId: `L${i + 1}`, omschrijving: a.omschrijving, bedrag: r.kies(a.bedrag) }))
      if (regels.length > 0)
        abonnementen.push({ abonnementId: `AB-${relatie.nummer}`, relatie: relatie.nummer, regels })
    }
    if (r.kans(0.1)) {
      const cursus = r.kies(cursussen)
      for (let d = 0; d < r.tussen(1, 3); d++) {
        inschrijvingen.push({
          cursusId: cursus.id,
          cursus: cursus.naam,
          inschrijvingId: `INS-${relatie.nummer}-${d + 1}`,
          relatie: relatie.nummer,
          deelnemer: `${r.kies(voornamen)} ${r.kies(achternamen)}`,
          bedrag: cursus.prijs,
          datum: r.kies(dagen),
        })
      }
    }
  }

  const van = jaar * 1_000_000 + (index + 1) * 100_000
  return {
    code,
    naam: ['Factuurstroom Advies B.V.', 'Factuurstroom Techniek B.V.', 'Factuurstroom Academy B.V.'][
      index % 3
    ] as string,
    reeks: { van, tot: van + 99_999 },
    creditReeks: { prefix: `CR${index + 1}`, van: 0, tot: 999_999 },
    projectInstellingen: instellingenVoor(index),
    btwCodes,
    relaties: relatieLijst,
    projecten,
    nacalculatie,
    voorschotten,
    abonnementen,
    inschrijvingen,
  }
}

export const genereerMaand = (options: { seed: string; relaties: number; periode?: string }): Maand => {
  const o = omvang(options.relaties)
  const periode = options.periode ?? '2026-03'
  const r = toeval(options.seed)
  const [jaar, maand] = periode.split('-').map(Number) as [number, number]
  const laatsteDag = dagVan(periode, new Date(Date.UTC(jaar, maand, 0)).getUTCDate())
  const administraties = Array.from({ length: o.administraties }, (_, i) => {
    const aantal = Math.floor(o.relaties / o.administraties) + (i < o.relaties % o.administraties ? 1 : 0)
    const administratie = genereerAdministratie(r, i, aantal, o, periode)
    // A random source of its own, so the late hours leave the rest of the month as it was.
    const laat = toeval(`${options.seed}|nagekomen|${administratie.code}`)
    return { ...administratie, nagekomen: nagekomenUren(laat, administratie, i, werkdagen(periode).at(-1) as string) }
  })
  return {
    seed: options.seed,
    omvang: o,
    omgeving: 'FACTUURSTROOM',
    periode,
    eersteDag: dagVan(periode, 1),
    laatsteDag,
    administraties,
  }
}
