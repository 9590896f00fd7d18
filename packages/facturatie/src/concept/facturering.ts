import type { Decision, DomainWarning } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { afrondingsverschil, alsBedrag, berekenBtw, decimaal, som } from '../geld'
import { projectenVanFactuur } from './apart-factureren'
import type { ConceptCommand } from './commands'
import { type ConceptFout, fout, waarschuwing } from './errors'
import type { ConceptEvent, ConceptEventVan, ConceptRegel } from './events'
import type { BtwCodeRegel, ProjectInstellingen, VerkooprelatieInstellingen } from './instellingen'
import { actieveKop, controleerInstellingen } from './kop'
import type { ConceptKop, ConceptState } from './state'
import { verdichteRegelVoorVoorschot } from './verdichting'

type FactureerConcept = Extract<ConceptCommand, { type: 'FactureerConcept' }>

const wordtGefactureerd = (regel: ConceptRegel): boolean =>
  regel.verwerkingsmethode === 'F' || regel.verwerkingsmethode === 'P'
const wordtAfgeboekt = (regel: ConceptRegel): boolean =>
  regel.verwerkingsmethode === 'A' || regel.verwerkingsmethode === 'PB' || regel.verwerkingsmethode === 'VB'
const wordtDoorgeschoven = (regel: ConceptRegel): boolean =>
  regel.verwerkingsmethode === 'D' || regel.verwerkingsmethode === 'PD' || regel.verwerkingsmethode === 'VD'

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
        verdichteRegelId: verdicht.id,
        grondslag: alsBedrag(grondslag),
        methode: afronding.methode,
        regel: {
          regelId: `afronding:${command.factuurId}:${verdicht.id}`,
          herkomst: 'afronding',
          verwerkingsmethode: 'F',
          soort: 'kosten',
          itemcode: afronding.kostensoort,
          omschrijving: `Afronding ${verdicht.omschrijving}`,
          bedrag: alsBedrag(verschil),
          btwTariefgroep: voorbeeld.btwTariefgroep,
          // Booked with the verdichte regel it rounds (shared model choice), while its kostensoort is the afronding's.
          integratiegroep: voorbeeld.integratiegroep,
          verdichteRegel: { id: verdicht.id, omschrijving: verdicht.omschrijving },
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

const btwVoor = (
  regel: ConceptRegel,
  btwPlicht: string,
  relatie: VerkooprelatieInstellingen,
  tabel: readonly BtwCodeRegel[],
): Either<ConceptFout, { btwCode: string; percentage: string }> => {
  if (regel.btw !== undefined) return right(regel.btw)
  // R12: an afwijkende btw-tariefgroep of the relatie replaces the item's own.
  const tariefgroep = relatie.afwijkendeBtwTariefgroep ?? regel.btwTariefgroep
  const gevonden = tabel.find((rij) => rij.btwPlicht === btwPlicht && rij.tariefgroep === tariefgroep)
  return gevonden
    ? right({ btwCode: gevonden.btwCode, percentage: gevonden.percentage })
    : left(
        fout(
          'BTW_CODE_ONBEKEND',
          `No btw-code for btw-plicht ${btwPlicht} and tariefgroep ${tariefgroep} in the btw-code table. Add it to the administratie's set-up and invoice again.`,
          { btwPlicht, tariefgroep },
        ),
      )
}

interface Drukregel {
  readonly regel: Factuurregel
  readonly conceptregels: readonly ConceptRegel[]
}

/** One printed line per verdichte regel, or per line without verdichting, in order of first appearance. */
const drukregels = (
  regels: readonly ConceptRegel[],
  btwPlicht: string,
  relatie: VerkooprelatieInstellingen,
  tabel: readonly BtwCodeRegel[],
): Either<ConceptFout, Drukregel[]> => {
  const groepen = new Map<string, ConceptRegel[]>()
  for (const regel of regels) {
    const sleutel = regel.verdichteRegel?.id ?? regel.regelId
    const groep = groepen.get(sleutel)
    if (groep) groep.push(regel)
    else groepen.set(sleutel, [regel])
  }
  const resultaat: Drukregel[] = []
  for (const [regelId, groep] of groepen) {
    const eerste = groep[0] as ConceptRegel
    const btw = btwVoor(eerste, btwPlicht, relatie, tabel)
    if (btw._tag === 'Left') return btw
    const enkel = groep.length === 1 && eerste.verdichteRegel === undefined
    const itemcodes = new Set(groep.filter((r) => r.herkomst !== 'afronding').map((r) => r.itemcode))
    const projecten = new Set(groep.map((regel) => regel.project?.nummer))
    const regel: Factuurregel = {
      regelId,
      omschrijving: eerste.verdichteRegel?.omschrijving ?? eerste.omschrijving,
      soort: eerste.herkomst === 'voorschotverrekening' ? 'voorschotverrekening' : 'omzet',
      bedrag: alsBedrag(som(groep.map((r) => r.bedrag))),
      btwCode: btw.right.btwCode,
      btwPercentage: btw.right.percentage,
      integratiegroep: eerste.integratiegroep,
      ...(itemcodes.size === 1 ? { itemcode: eerste.itemcode } : {}),
      ...(projecten.size === 1 && eerste.project !== undefined ? { project: eerste.project } : {}),
      ...(enkel && eerste.aantal !== undefined ? { aantal: eerste.aantal } : {}),
      ...(enkel && eerste.prijs !== undefined ? { prijs: eerste.prijs } : {}),
      ...(enkel && eerste.eenheid !== undefined ? { eenheid: eerste.eenheid } : {}),
      ...(enkel && eerste.vrijeVelden !== undefined ? { vrijeVelden: eerste.vrijeVelden } : {}),
    }
    resultaat.push({ regel, conceptregels: groep })
  }
  return right(resultaat)
}

/**
 * R6: strict project settings block; otherwise the relatie's own minimum/maximum apply (the project's amounts when
 * the relatie has none) and only warn.
 */
const minimumMaximum = (
  netto: string,
  project: ProjectInstellingen,
  relatie: VerkooprelatieInstellingen,
): Either<ConceptFout, DomainWarning[]> => {
  const bedrag = decimaal(netto)
  const warnings: DomainWarning[] = []
  const minimum = project.striktMinimum
    ? project.minimumFactuurbedrag
    : (relatie.minimumFactuurbedrag ?? project.minimumFactuurbedrag)
  if (minimum !== undefined && bedrag.lessThan(minimum)) {
    if (project.striktMinimum) {
      return left(
        fout(
          'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM',
          `The invoice would be ${netto}, below the strict minimum of ${minimum} (R6). Defer the concept until more is billable, or lower the minimum in the project settings.`,
          { netto, minimum },
        ),
      )
    }
    warnings.push(
      waarschuwing(
        'FACTUURBEDRAG_ONDER_MINIMUM',
        `The invoice amount ${netto} is below the minimum of ${minimum} (R6).`,
        { netto, minimum },
      ),
    )
  }
  const maximum = project.striktMaximum
    ? project.maximumFactuurbedrag
    : (relatie.maximumFactuurbedrag ?? project.maximumFactuurbedrag)
  if (maximum !== undefined && bedrag.greaterThan(maximum)) {
    if (project.striktMaximum) {
      return left(
        fout(
          'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM',
          `The invoice would be ${netto}, above the strict maximum of ${maximum} (R6). Defer (D) some lines, or raise the maximum in the project settings.`,
          { netto, maximum },
        ),
      )
    }
    warnings.push(
      waarschuwing(
        'FACTUURBEDRAG_BOVEN_MAXIMUM',
        `The invoice amount ${netto} is above the maximum of ${maximum} (R6).`,
        { netto, maximum },
      ),
    )
  }
  return right(warnings)
}

/** R1, R6–R12: invoicing a factureerbaar concept into a complete Factuuropdracht. */
export const decideFactureer = (
  command: FactureerConcept,
  state: ConceptState,
): Either<ConceptFout, Decision<ConceptEvent>> => {
  const actief = actieveKop(state, command.conceptId)
  if (actief._tag === 'Left') return actief
  const kop = actief.right
  if (state.status !== 'factureerbaar') {
    return left(
      fout(
        'CONCEPT_NIET_FACTUREERBAAR',
        `Concept ${command.conceptId} is ${state.status}; only factureerbaar concepts are invoiced (R11). Review it and set it factureerbaar.`,
        { status: state.status },
      ),
    )
  }
  const ongeldig = controleerInstellingen(command.projectInstellingen)
  if (ongeldig) return left(ongeldig)
  const btwPlicht = state.btwPlicht as string
  const regels = [...state.regels.values()]
  const afgeboekt = regels
    .filter(wordtAfgeboekt)
    .map((regel) => ({ regelId: regel.regelId, reden: regel.afboekreden ?? '' }))
  const doorgeschoven = regels.filter(wordtDoorgeschoven)
  const teFactureren = regels.filter((regel) => wordtGefactureerd(regel) || regel.verwerkingsmethode === 'V')
  const basis = { administratie: command.administratie, conceptId: command.conceptId }

  if (teFactureren.length === 0) {
    if (afgeboekt.length === 0) {
      return left(
        fout(
          'CONCEPT_NIETS_TE_FACTUREREN',
          `Concept ${command.conceptId} has no lines to invoice or write off (all deferred). Set lines to F, or leave the concept for a later run.`,
        ),
      )
    }
    return right([
      {
        type: 'ConceptZonderFactuurAfgehandeld',
        data: {
          ...basis,
          afgeboekt,
          doorgeschoven: doorgeschoven.map((regel) => regel.regelId),
          factureerbaarGesteld: [],
          blijftActief: doorgeschoven.length > 0,
        },
      },
    ])
  }

  const afgerond = afrondingen(command, state)
  const verrekend = verrekeningen(command, state, kop)
  const gefactureerd = [
    ...regels.filter(wordtGefactureerd),
    ...afgerond.map((event) => event.data.regel),
    ...verrekend.map((event) => event.data.regel),
  ]
  const projecten = projectenVanFactuur(kop, gefactureerd, command.projecten)
  if (projecten._tag === 'Left') return projecten
  const gedrukt = drukregels(gefactureerd, btwPlicht, command.relatieInstellingen, command.btwCodes)
  if (gedrukt._tag === 'Left') return gedrukt
  const factuurregels = gedrukt.right.map((drukregel) => drukregel.regel)
  const btw = berekenBtw(
    factuurregels.map((regel) => ({ bedrag: regel.bedrag, btwCode: regel.btwCode, percentage: regel.btwPercentage })),
    command.btwAfrondingsmodus,
  )
  const warnings = minimumMaximum(btw.totaalNetto, command.projectInstellingen, command.relatieInstellingen)
  if (warnings._tag === 'Left') return warnings

  const relatie = command.relatieInstellingen
  const factuuropdracht: Factuuropdracht = {
    administratie: command.administratie,
    bron: 'concept',
    bronId: command.conceptId,
    verkooprelatie: kop.verkooprelatie,
    factuurrelatie: relatie.facturerenAan ?? kop.verkooprelatie,
    valuta: kop.valuta,
    btwPlicht,
    factuurdatum: command.factuurdatum,
    regels: factuurregels,
    ...(kop.project === undefined ? {} : { project: kop.project }),
    ...(kop.vrijeVelden === undefined ? {} : { vrijeVelden: kop.vrijeVelden }),
    ...(relatie.factuurGeheelVerdichten === undefined
      ? {}
      : { geheelVerdicht: { omschrijving: relatie.factuurGeheelVerdichten.tekst, bedrag: btw.totaalNetto } }),
    ...(relatie.verstrekkingswijze === undefined ? {} : { verstrekkingswijze: relatie.verstrekkingswijze }),
  }
  // R10: with the setting on, deferred unverdichte lines come back as F for the next run.
  const factureerbaarGesteld = command.projectInstellingen.doorgeschovenRegelsFactureerbaarStellen
    ? doorgeschoven.filter((regel) => regel.verdichteRegel === undefined && regel.verwerkingsmethode !== 'VD')
    : []
  const events: ConceptEvent[] = [
    ...afgerond,
    ...verrekend,
    {
      type: 'ConceptGefactureerd',
      data: {
        ...basis,
        factuurId: command.factuurId,
        factuuropdracht,
        herkomst: gedrukt.right.map((drukregel) => ({
          factuurregelId: drukregel.regel.regelId,
          conceptregels: drukregel.conceptregels.map((regel) => ({
            regelId: regel.regelId,
            nacalculatieRegelId: regel.nacalculatieRegelId ?? null,
          })),
        })),
        btw: { ...btw, perCode: [...btw.perCode] },
        projectInstellingen: command.projectInstellingen,
        relatieInstellingen: command.relatieInstellingen,
        projecten: projecten.right,
        afgeboekt,
        doorgeschoven: doorgeschoven.map((regel) => regel.regelId),
        factureerbaarGesteld: factureerbaarGesteld.map((regel) => regel.regelId),
        blijftActief: doorgeschoven.length > 0,
      },
    },
  ]
  return right(warnings.right.length === 0 ? events : { events, warnings: warnings.right })
}
