import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { gelijk } from '../gedeeld/gelijk'
import { afrondingsverschil, alsBedrag, berekenBtw, decimaal, som } from '../geld'
import { afrondingsregelVan } from './afrondingsregel'
import { projectenVanFactuur } from './apart-factureren'
import { bijFactureren, gaatMetFactuurMee } from './conceptregel'
import type { Beslissing, Commando } from './decide/beslissing'
import { type Drukregel, drukregels } from './drukregels'
import { type ConceptFout, conceptNietFactureerbaar, conceptNietsTeFactureren } from './errors'
import type { ConceptEvent, ConceptEventVan, ConceptRegel } from './events'
import { minimumMaximum } from './factuurbedrag'
import type { ProjectFacturering } from './instellingen'
import { actieveKop, controleerInstellingen } from './kop'
import type { ConceptKop, ConceptState } from './state'
import { verdichteRegelVoorVoorschot } from './verdichting'

type FactureerConcept = Commando<'FactureerConcept'>

const wordtGefactureerd = (regel: ConceptRegel): boolean => bijFactureren[regel.verwerkingsmethode] === 'gefactureerd'

/**
 * R8: per verdichte regel, the rounding of its F lines from nacalculatie, on the kostensoort bij afronding. A
 * verdichte regel whose amount was set by hand (it holds a correctieregel) is not rounded again: the user chose it.
 */
const afrondingen = (command: FactureerConcept, state: ConceptState): ConceptEventVan<'AfrondingsregelBerekend'>[] => {
  const afronding = command.projectInstellingen.afronding
  if (afronding === undefined) return []
  const events: ConceptEventVan<'AfrondingsregelBerekend'>[] = []
  for (const verdicht of state.verdichteRegels.values()) {
    const details = [...verdicht.regelIds].map((id) => state.regels.get(id) as ConceptRegel)
    if (details.some((regel) => regel.herkomst === 'correctie')) continue
    const uitNacalculatie = details.filter((regel) => regel.herkomst === 'nacalculatie' && wordtGefactureerd(regel))
    const voorbeeld = uitNacalculatie[0]
    if (voorbeeld === undefined) continue
    const grondslag = som(uitNacalculatie.map((regel) => regel.bedrag))
    const verschil = afrondingsverschil(grondslag, afronding.methode)
    if (verschil.isZero()) continue
    events.push({
      type: 'AfrondingsregelBerekend',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        verdichteRegel: { id: verdicht.id, omschrijving: verdicht.omschrijving },
        grondslag: alsBedrag(grondslag),
        methode: afronding.methode,
        // Booked with the verdichte regel it rounds (shared model choice), while its kostensoort is the afronding's.
        regel: {
          regelId: `afronding:${command.factuurId}:${verdicht.id}`,
          itemcode: afronding.kostensoort,
          omschrijving: `Afronding ${verdicht.omschrijving}`,
          bedrag: alsBedrag(verschil),
          btwTariefgroep: voorbeeld.btwTariefgroep,
          integratiegroep: voorbeeld.integratiegroep,
          ...(voorbeeld.project === undefined ? {} : { project: voorbeeld.project }),
        },
      },
    })
  }
  return events
}

/** R9: each V line is settled by a line of opposite sign at the VAT rate the advance was charged at. */
const verrekeningen = (
  command: FactureerConcept,
  state: ConceptState,
  kop: ConceptKop,
): ConceptEventVan<'VoorschotVerrekend'>[] => {
  const events: ConceptEventVan<'VoorschotVerrekend'>[] = []
  for (const regel of state.regels.values()) {
    if (regel.verwerkingsmethode !== 'V' || regel.voorschotfactuur === undefined || regel.btw === undefined) continue
    const verdichteRegel = verdichteRegelVoorVoorschot(kop.projectInstellingen, regel.btw.btwCode)
    events.push({
      type: 'VoorschotVerrekend',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        voorschotRegelId: regel.regelId,
        factuurnummer: regel.voorschotfactuur.factuurnummer,
        regel: {
          regelId: `verrekening:${regel.voorschotfactuur.factuurnummer}`,
          herkomst: 'voorschotverrekening',
          verwerkingsmethode: 'F',
          soort: regel.soort,
          itemcode: regel.itemcode,
          omschrijving: regel.omschrijving,
          bedrag: alsBedrag(decimaal(regel.bedrag).negated()),
          btwTariefgroep: regel.btwTariefgroep,
          integratiegroep: regel.integratiegroep,
          btw: regel.btw,
          ...(regel.project === undefined ? {} : { project: regel.project }),
          ...(verdichteRegel === undefined ? {} : { verdichteRegel }),
        },
      },
    })
  }
  return events
}

/** R10: what this invoice does with each of the concept's lines, by their verwerkingsmethode. */
interface Verdeling {
  readonly regels: readonly ConceptRegel[]
  readonly afgeboekt: readonly { regelId: string; reden: string }[]
  readonly doorgeschoven: readonly ConceptRegel[]
  /** F, P and V lines: what makes an invoice. */
  readonly teFactureren: readonly ConceptRegel[]
}

const verdeel = (state: ConceptState): Verdeling => {
  const regels = [...state.regels.values()]
  return {
    regels,
    afgeboekt: regels
      .filter((regel) => bijFactureren[regel.verwerkingsmethode] === 'afgeboekt')
      .map((regel) => ({ regelId: regel.regelId, reden: regel.afboekreden ?? '' })),
    doorgeschoven: regels.filter((regel) => bijFactureren[regel.verwerkingsmethode] === 'doorgeschoven'),
    teFactureren: regels.filter((regel) => gaatMetFactuurMee(regel.verwerkingsmethode)),
  }
}

/** R1, R11: only an active, factureerbaar concept with valid settings is invoiced. */
const factureerbareKop = (command: FactureerConcept, state: ConceptState): Either<ConceptFout, ConceptKop> => {
  const actief = actieveKop(state, command.conceptId)
  if (actief._tag === 'Left') return actief
  if (state.status !== 'factureerbaar') return left(conceptNietFactureerbaar(command.conceptId, state.status))
  const ongeldig = controleerInstellingen(command.projectInstellingen)
  return ongeldig ? left(ongeldig) : actief
}

/** R10: with nothing to invoice but lines to write off, the concept is settled without an invoice. */
const zonderFactuur = (command: FactureerConcept, verdeling: Verdeling): Beslissing => {
  if (verdeling.afgeboekt.length === 0) return left(conceptNietsTeFactureren(command.conceptId))
  return right([
    {
      type: 'ConceptZonderFactuurAfgehandeld',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        afgeboekt: [...verdeling.afgeboekt],
        doorgeschoven: verdeling.doorgeschoven.map((regel) => regel.regelId),
        factureerbaarGesteld: [],
        blijftActief: verdeling.doorgeschoven.length > 0,
      },
    },
  ])
}

/** The invoice the concept hands over: its header from the concept and the relatie's settings now. */
const factuuropdrachtVoor = (
  command: FactureerConcept,
  kop: ConceptKop,
  btwPlicht: string,
  regels: Factuurregel[],
  totaalNetto: string,
): Factuuropdracht => {
  const relatie = command.relatieInstellingen
  return {
    administratie: command.administratie,
    bron: 'concept',
    bronId: command.conceptId,
    verkooprelatie: kop.verkooprelatie,
    factuurrelatie: relatie.facturerenAan ?? kop.verkooprelatie,
    valuta: kop.valuta,
    btwPlicht,
    factuurdatum: command.factuurdatum,
    regels,
    ...(kop.project === undefined ? {} : { project: kop.project }),
    ...(kop.vrijeVelden === undefined ? {} : { vrijeVelden: kop.vrijeVelden }),
    ...(relatie.factuurGeheelVerdichten === undefined
      ? {}
      : { geheelVerdicht: { omschrijving: relatie.factuurGeheelVerdichten.tekst, bedrag: totaalNetto } }),
    ...(relatie.verstrekkingswijze === undefined ? {} : { verstrekkingswijze: relatie.verstrekkingswijze }),
  }
}

/** The invoice the concept makes: the opdracht, its printed lines and its net total (R6). */
interface Factuur {
  readonly factuuropdracht: Factuuropdracht
  readonly gedrukt: readonly Drukregel[]
  readonly totaalNetto: string
}

/**
 * The hand-over event: the invoice, where each printed line came from, and what became of the other lines; the
 * project settings only where they differ from those the concept was opened with.
 */
const gefactureerd = (
  command: FactureerConcept,
  kop: ConceptKop,
  { factuuropdracht, gedrukt, totaalNetto }: Factuur,
  projecten: ProjectFacturering[],
  verdeling: Verdeling,
): ConceptEventVan<'ConceptGefactureerd'> => {
  // R10: with the setting on, deferred unverdichte lines come back as F for the next run.
  const factureerbaarGesteld = command.projectInstellingen.doorgeschovenRegelsFactureerbaarStellen
    ? verdeling.doorgeschoven.filter((regel) => regel.verdichteRegel === undefined && regel.verwerkingsmethode !== 'VD')
    : []
  return {
    type: 'ConceptGefactureerd',
    data: {
      administratie: command.administratie,
      conceptId: command.conceptId,
      factuurId: command.factuurId,
      factuuropdracht,
      herkomst: gedrukt.map((drukregel) => ({
        factuurregelId: drukregel.regel.regelId,
        conceptregelIds: drukregel.conceptregels.map((regel) => regel.regelId),
      })),
      totaalNetto,
      relatieInstellingen: command.relatieInstellingen,
      projecten,
      afgeboekt: [...verdeling.afgeboekt],
      doorgeschoven: verdeling.doorgeschoven.map((regel) => regel.regelId),
      factureerbaarGesteld: factureerbaarGesteld.map((regel) => regel.regelId),
      blijftActief: verdeling.doorgeschoven.length > 0,
      ...(gelijk(command.projectInstellingen, kop.projectInstellingen)
        ? {}
        : { projectInstellingen: command.projectInstellingen }),
    },
  }
}

/** R1, R6–R12: invoicing a factureerbaar concept into a complete Factuuropdracht. */
export const decideFactureer = (command: FactureerConcept, state: ConceptState): Beslissing => {
  const kop = factureerbareKop(command, state)
  if (kop._tag === 'Left') return kop
  const verdeling = verdeel(state)
  if (verdeling.teFactureren.length === 0) return zonderFactuur(command, verdeling)
  const btwPlicht = state.btwPlicht as string
  const afgerond = afrondingen(command, state)
  const verrekend = verrekeningen(command, state, kop.right)
  const regels = [
    ...verdeling.regels.filter(wordtGefactureerd),
    ...afgerond.map((event) => afrondingsregelVan(event.data)),
    ...verrekend.map((event) => event.data.regel),
  ]
  const projecten = projectenVanFactuur(kop.right, regels, command.projecten)
  if (projecten._tag === 'Left') return projecten
  const gedrukt = drukregels(regels, btwPlicht, command.relatieInstellingen, command.btwCodes)
  if (gedrukt._tag === 'Left') return gedrukt
  const factuurregels = gedrukt.right.map((drukregel) => drukregel.regel)
  const btw = berekenBtw(
    factuurregels.map((regel) => ({ bedrag: regel.bedrag, btwCode: regel.btwCode, percentage: regel.btwPercentage })),
    command.btwAfrondingsmodus,
  )
  const warnings = minimumMaximum(btw.totaalNetto, command.projectInstellingen, command.relatieInstellingen)
  if (warnings._tag === 'Left') return warnings
  const factuuropdracht = factuuropdrachtVoor(command, kop.right, btwPlicht, factuurregels, btw.totaalNetto)
  const events: ConceptEvent[] = [
    ...afgerond,
    ...verrekend,
    gefactureerd(
      command,
      kop.right,
      { factuuropdracht, gedrukt: gedrukt.right, totaalNetto: btw.totaalNetto },
      projecten.right,
      verdeling,
    ),
  ]
  return right(warnings.right.length === 0 ? events : { events, warnings: warnings.right })
}
