import type { Decider, Decision } from '@factuurstroom/eventsourcing'
import { type Either, left, right } from 'fp-ts/lib/Either.js'
import { alsBedrag, decimaal, som } from '../geld'
import type { ConceptCommand, ConceptKopGegevens, NieuweRegel, Verwerking } from './commands'
import { type ConceptFout, fout } from './errors'
import type { ConceptEvent, ConceptRegel, Verwerkingsmethode } from './events'
import { evolveConcept, evolveConceptAll } from './evolve'
import { decideFactureer } from './facturering'
import { actieveKop, controleerInstellingen } from './kop'
import { type ConceptKop, type ConceptState, initialConceptState } from './state'
import { verdichteRegelVoor } from './verdichting'

type Uitkomst = Either<ConceptFout, Decision<ConceptEvent>>

/** Opens the concept when it is new; otherwise checks that the command's key is the concept's key (R2, R3, R5). */
const openOfControleer = (
  state: ConceptState,
  command: { administratie: string; conceptId: string },
  kop: ConceptKopGegevens,
): Either<ConceptFout, { kop: ConceptKop; geopend: ConceptEvent[] }> => {
  if (state.status === 'nieuw') {
    if (!kop.projectInstellingen.facturerenOpBasisVanConcepten) {
      return left(
        fout(
          'CONCEPTFACTURERING_UIT',
          'Factureren op basis van concepten is off (R1): invoice the nacalculatie directly or switch concepts on.',
        ),
      )
    }
    const ongeldig = controleerInstellingen(kop.projectInstellingen)
    if (ongeldig) return left(ongeldig)
    const data: ConceptKop = {
      administratie: command.administratie,
      conceptId: command.conceptId,
      verkooprelatie: kop.verkooprelatie,
      valuta: kop.valuta,
      btwPlicht: kop.btwPlicht,
      conceptmethode: kop.projectInstellingen.conceptmethode,
      projectInstellingen: kop.projectInstellingen,
      relatieInstellingen: kop.relatieInstellingen,
      aanleiding: kop.aanleiding,
      ...(kop.project === undefined ? {} : { project: kop.project }),
      ...(kop.nummer === undefined ? {} : { nummer: kop.nummer }),
      ...(kop.vrijeVelden === undefined ? {} : { vrijeVelden: kop.vrijeVelden }),
    }
    return right({ kop: data, geopend: [{ type: 'ConceptGeopend', data }] })
  }
  const bestaand = actieveKop(state, command.conceptId)
  if (bestaand._tag === 'Left') return bestaand
  const huidig = bestaand.right
  if (huidig.verkooprelatie.nummer !== kop.verkooprelatie.nummer) {
    return left(
      fout(
        'VERKOOPRELATIE_WIJKT_AF',
        `Concept ${command.conceptId} is for verkooprelatie ${huidig.verkooprelatie.nummer}, not ${kop.verkooprelatie.nummer}. Send the lines to that relatie's concept.`,
      ),
    )
  }
  if (huidig.valuta !== kop.valuta) return left(valutaWijktAf(command.conceptId, huidig.valuta, kop.valuta))
  if (state.btwPlicht !== kop.btwPlicht) {
    return left(
      fout(
        'BTW_PLICHT_WIJKT_AF',
        `Concept ${command.conceptId} has btw-plicht ${state.btwPlicht}; lines with btw-plicht ${kop.btwPlicht} never merge into it (R5). They belong on a concept of their own btw-plicht, or move them with overboeken.`,
        { concept: state.btwPlicht, regels: kop.btwPlicht },
      ),
    )
  }
  if (huidig.conceptmethode === 'perProject' && huidig.project?.nummer !== kop.project?.nummer) {
    return left(
      fout(
        'PROJECT_WIJKT_AF',
        `Concept ${command.conceptId} is per project for ${huidig.project?.nummer}; lines of project ${kop.project?.nummer ?? '(none)'} go on that project's concept (R3).`,
      ),
    )
  }
  return right({ kop: huidig, geopend: [] })
}

/**
 * R2: "per regel" never adds a line to an existing concept. A per-regel concept takes its one line when it opens;
 * plus-regels, voorschotregels and lines moved by overboeken all open a concept of their own instead.
 */
const perRegelGesloten = (kop: ConceptKop, state: ConceptState, conceptId: string): ConceptFout | undefined =>
  kop.conceptmethode === 'perRegel' && state.status !== 'nieuw'
    ? fout(
        'CONCEPT_PER_REGEL',
        `Conceptmethode is per regel (R2): concept ${conceptId} already exists and takes no further lines. Open a new concept for the line (openHandmatigConcept, or move lines to a concept of another conceptmethode).`,
        { conceptId, conceptmethode: kop.conceptmethode },
      )
    : undefined

const valutaWijktAf = (conceptId: string, concept: string, regel: string): ConceptFout =>
  fout(
    'REGEL_VALUTA_WIJKT_AF',
    `Concept ${conceptId} is in ${concept}; a line in ${regel} cannot be added. Lines in ${regel} go on a concept in ${regel} (R3).`,
    { concept, regel },
  )

/** Checks a batch of new lines against the concept and each other, and gives each its verdichte regel (R7). */
const maakRegels = (
  state: ConceptState,
  kop: ConceptKop,
  nieuw: readonly NieuweRegel[],
  herkomst: 'nacalculatie' | 'plusregel',
): Either<ConceptFout, ConceptRegel[]> => {
  const regelIds = new Set<string>()
  const nacalculatieIds = new Set<string>()
  const regels: ConceptRegel[] = []
  for (const { valuta, ...regel } of nieuw) {
    if (valuta !== kop.valuta) return left(valutaWijktAf(kop.conceptId, kop.valuta, valuta))
    if (state.regels.has(regel.regelId) || regelIds.has(regel.regelId)) {
      return left(
        fout(
          'CONCEPTREGEL_BESTAAT_AL',
          `Conceptregel ${regel.regelId} is already on concept ${kop.conceptId}; give a new line a new id.`,
        ),
      )
    }
    regelIds.add(regel.regelId)
    const nacalculatieRegelId = regel.nacalculatieRegelId
    if (nacalculatieRegelId !== undefined) {
      if (state.nacalculatieRegels.has(nacalculatieRegelId) || nacalculatieIds.has(nacalculatieRegelId)) {
        return left(
          fout(
            'NACALCULATIEREGEL_AL_OP_CONCEPT',
            `Nacalculatie line ${nacalculatieRegelId} is already on concept ${kop.conceptId}; a line is invoiced once.`,
          ),
        )
      }
      nacalculatieIds.add(nacalculatieRegelId)
    }
    if (herkomst === 'plusregel') {
      // R7: with verdichting a manual line only ever becomes a new verdichte regel of its own.
      const verdicht = kop.projectInstellingen.verdichting !== 'geen'
      regels.push({
        ...regel,
        herkomst,
        verwerkingsmethode: 'P',
        ...(verdicht ? { verdichteRegel: { id: `plus:${regel.regelId}`, omschrijving: regel.omschrijving } } : {}),
      })
      continue
    }
    const verdichteRegel = verdichteRegelVoor(kop.projectInstellingen.verdichting, regel)
    if (verdichteRegel === 'tekstcodeOntbreekt') {
      return left(
        fout(
          'TEKSTCODE_VERPLICHT',
          `Line ${regel.regelId} has no tekstcode, but verdichting ${kop.projectInstellingen.verdichting} groups on it (R7). Give the werksoort/kostensoort a tekstcode.`,
        ),
      )
    }
    regels.push({ ...regel, herkomst, verwerkingsmethode: 'F', ...(verdichteRegel ? { verdichteRegel } : {}) })
  }
  return right(regels)
}

const decideNacalculatie = (
  command: Extract<ConceptCommand, { type: 'VoegNacalculatieRegelsToe' }>,
  state: ConceptState,
): Uitkomst => {
  const geopend = openOfControleer(state, command, command.kop)
  if (geopend._tag === 'Left') return geopend
  const { kop } = geopend.right
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  if (kop.conceptmethode === 'perRegel' && command.regels.length > 1) {
    return left(
      fout(
        'CONCEPT_PER_REGEL',
        `Conceptmethode is per regel (R2): every line opens a new concept of its own, so concept ${command.conceptId} takes one line, not ${command.regels.length}.`,
      ),
    )
  }
  const regels = maakRegels(state, kop, command.regels, 'nacalculatie')
  if (regels._tag === 'Left') return regels
  return right([
    ...geopend.right.geopend,
    {
      type: 'ConceptRegelsToegevoegd',
      data: { administratie: command.administratie, conceptId: command.conceptId, regels: regels.right },
    },
  ])
}

const decidePlusRegel = (
  command: Extract<ConceptCommand, { type: 'VoegPlusRegelToe' }>,
  state: ConceptState,
): Uitkomst => {
  const geopend =
    command.kop === undefined ? actieveKop(state, command.conceptId) : openOfControleer(state, command, command.kop)
  if (geopend._tag === 'Left') return geopend
  const { kop, geopend: opening } = 'geopend' in geopend.right ? geopend.right : { kop: geopend.right, geopend: [] }
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  const regels = maakRegels(state, kop, [command.regel], 'plusregel')
  if (regels._tag === 'Left') return regels
  return right([
    ...opening,
    {
      type: 'ConceptRegelsToegevoegd',
      data: { administratie: command.administratie, conceptId: command.conceptId, regels: regels.right },
    },
  ])
}

const decideVoorschot = (
  command: Extract<ConceptCommand, { type: 'VoegVoorschotRegelToe' }>,
  state: ConceptState,
): Uitkomst => {
  const geopend = openOfControleer(state, command, command.kop)
  if (geopend._tag === 'Left') return geopend
  const { kop } = geopend.right
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  const factuur = command.voorschotfactuur
  if (!decimaal(factuur.bedrag).isPositive() || decimaal(factuur.bedrag).isZero()) {
    return left(
      fout(
        'VOORSCHOTBEDRAG_NIET_POSITIEF',
        `Advance invoice ${factuur.factuurnummer} has amount ${factuur.bedrag}; an advance to settle is positive. Credit a wrong advance instead.`,
      ),
    )
  }
  if (state.voorschotfacturen.has(factuur.factuurnummer)) {
    return left(
      fout(
        'VOORSCHOT_AL_OP_CONCEPT',
        `Advance invoice ${factuur.factuurnummer} is already on concept ${command.conceptId}; an advance is settled once (R9).`,
      ),
    )
  }
  const voorschot = kop.projectInstellingen.voorschot
  const regel: ConceptRegel = {
    regelId: `voorschot:${factuur.factuurnummer}`,
    herkomst: 'voorschot',
    verwerkingsmethode: 'V',
    soort: 'kosten',
    itemcode: voorschot.kostensoort,
    omschrijving: voorschot.omschrijving,
    bedrag: factuur.bedrag,
    // The fixed `btw` below decides the VAT; the tariefgroep only names it.
    btwTariefgroep: factuur.btwCode,
    integratiegroep: voorschot.integratiegroep,
    project: command.project,
    btw: { btwCode: factuur.btwCode, percentage: factuur.btwPercentage },
    voorschotfactuur: factuur,
  }
  return right([
    ...geopend.right.geopend,
    {
      type: 'VoorschotRegelToegevoegd',
      data: { administratie: command.administratie, conceptId: command.conceptId, regels: [regel] },
    },
  ])
}

/** R10: the code a line gets for a verb, by where it comes from (F/D/A, P/PD/PB, V/VD/VB). */
const methodeVoor = (regel: ConceptRegel, verwerking: Verwerking): Verwerkingsmethode => {
  const codes: Record<Verwerking, readonly [Verwerkingsmethode, Verwerkingsmethode, Verwerkingsmethode]> = {
    factureren: ['F', 'P', 'V'],
    doorschuiven: ['D', 'PD', 'VD'],
    afboeken: ['A', 'PB', 'VB'],
  }
  const familie =
    regel.herkomst === 'voorschot' ? 2 : regel.herkomst === 'plusregel' || regel.herkomst === 'correctie' ? 1 : 0
  return codes[verwerking][familie]
}

const decideVerwerking = (
  command: Extract<ConceptCommand, { type: 'WijzigVerwerkingsmethode' }>,
  state: ConceptState,
): Uitkomst => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  if (command.verwerking === 'afboeken' && command.reden === undefined) {
    return left(
      fout(
        'AFBOEKREDEN_VERPLICHT',
        'Writing lines off (A/PB/VB) needs a reason (R10). Send the command again with a reden.',
      ),
    )
  }
  const regels: { regelId: string; verwerkingsmethode: Verwerkingsmethode }[] = []
  for (const regelId of command.regelIds) {
    const regel = state.regels.get(regelId)
    if (!regel) return left(regelOnbekend(command.conceptId, regelId))
    const verwerkingsmethode = methodeVoor(regel, command.verwerking)
    if (verwerkingsmethode !== regel.verwerkingsmethode || command.verwerking === 'afboeken') {
      regels.push({ regelId, verwerkingsmethode })
    }
  }
  if (regels.length === 0) return right([])
  return right([
    {
      type: 'VerwerkingsmethodeGewijzigd',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        regels,
        ...(command.verwerking === 'afboeken' && command.reden !== undefined ? { afboekreden: command.reden } : {}),
      },
    },
  ])
}

const regelOnbekend = (conceptId: string, regelId: string): ConceptFout =>
  fout(
    'CONCEPTREGEL_ONBEKEND',
    `Concept ${conceptId} has no line ${regelId}; it may have been invoiced or moved already.`,
  )

const decideVerdichteRegelBedrag = (
  command: Extract<ConceptCommand, { type: 'WijzigVerdichteRegelBedrag' }>,
  state: ConceptState,
): Uitkomst => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  const verdicht = state.verdichteRegels.get(command.verdichteRegelId)
  if (!verdicht) {
    return left(
      fout(
        'VERDICHTE_REGEL_ONBEKEND',
        `Concept ${command.conceptId} has no verdichte regel ${command.verdichteRegelId}. Without verdichting, change the line itself.`,
      ),
    )
  }
  if (state.regels.has(command.correctieRegelId)) {
    return left(
      fout(
        'CONCEPTREGEL_BESTAAT_AL',
        `Conceptregel ${command.correctieRegelId} already exists; give the correction a new id.`,
      ),
    )
  }
  const details = [...verdicht.regelIds].map((id) => state.regels.get(id) as ConceptRegel)
  if (details.some((regel) => regel.herkomst === 'voorschot')) {
    return left(
      fout(
        'VOORSCHOTREGEL_NIET_WIJZIGBAAR',
        'Voorschotregels cannot be changed, only doorgeschoven or afgeboekt (R9).',
      ),
    )
  }
  const verschil = decimaal(command.bedrag).minus(som(details.map((regel) => regel.bedrag)))
  if (verschil.isZero()) return right([])
  const voorbeeld = details[0] as ConceptRegel
  const correctie: ConceptRegel = {
    regelId: command.correctieRegelId,
    herkomst: 'correctie',
    verwerkingsmethode: 'P',
    soort: voorbeeld.soort,
    itemcode: voorbeeld.itemcode,
    omschrijving: `Correctie ${verdicht.omschrijving}`,
    bedrag: alsBedrag(verschil),
    btwTariefgroep: voorbeeld.btwTariefgroep,
    integratiegroep: voorbeeld.integratiegroep,
    verdichteRegel: { id: verdicht.id, omschrijving: verdicht.omschrijving },
    ...(voorbeeld.project === undefined ? {} : { project: voorbeeld.project }),
  }
  return right([
    {
      type: 'VerdichteRegelBedragGewijzigd',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        verdichteRegelId: verdicht.id,
        bedrag: command.bedrag,
        regels: [correctie],
      },
    },
  ])
}

const decideOverboeken = (
  command: Extract<ConceptCommand, { type: 'BoekRegelsOver' }>,
  state: ConceptState,
): Uitkomst => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  if (command.naarConceptId === command.conceptId) {
    return left(
      fout('OVERBOEKEN_NAAR_ZELFDE_CONCEPT', 'Lines are moved to another concept; choose a different target concept.'),
    )
  }
  const regels: ConceptRegel[] = []
  for (const regelId of command.regelIds) {
    const regel = state.regels.get(regelId)
    if (!regel) return left(regelOnbekend(command.conceptId, regelId))
    if (regel.herkomst === 'voorschot') {
      return left(
        fout(
          'VOORSCHOTREGEL_NIET_WIJZIGBAAR',
          `Voorschotregel ${regelId} cannot be moved, only doorgeschoven or afgeboekt (R9).`,
        ),
      )
    }
    regels.push(regel)
  }
  return right([
    {
      type: 'ConceptRegelsOvergeboekt',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        naarConceptId: command.naarConceptId,
        regels,
      },
    },
  ])
}

const decideOvernemen = (
  command: Extract<ConceptCommand, { type: 'NeemRegelsOver' }>,
  state: ConceptState,
): Uitkomst => {
  const bestaand = actieveKop(state, command.conceptId)
  if (bestaand._tag === 'Left') return bestaand
  const kop = bestaand.right
  const perRegel = perRegelGesloten(kop, state, command.conceptId)
  if (perRegel) return left(perRegel)
  if (command.valuta !== kop.valuta) return left(valutaWijktAf(command.conceptId, kop.valuta, command.valuta))
  const regels: ConceptRegel[] = []
  for (const { verdichteRegel: _oud, ...regel } of command.regels) {
    if (state.regels.has(regel.regelId)) {
      return left(
        fout('CONCEPTREGEL_BESTAAT_AL', `Conceptregel ${regel.regelId} is already on concept ${command.conceptId}.`),
      )
    }
    // R5, R7: a moved line takes the target's btw-plicht and verdichting; manual lines stay verdichte regels of their own.
    const verdichteRegel =
      regel.herkomst === 'nacalculatie' || regel.herkomst === 'afronding'
        ? verdichteRegelVoor(kop.projectInstellingen.verdichting, regel)
        : kop.projectInstellingen.verdichting === 'geen'
          ? undefined
          : { id: `plus:${regel.regelId}`, omschrijving: regel.omschrijving }
    if (verdichteRegel === 'tekstcodeOntbreekt') {
      return left(
        fout(
          'TEKSTCODE_VERPLICHT',
          `Line ${regel.regelId} has no tekstcode, but the target concept verdicht on it (R7).`,
        ),
      )
    }
    regels.push(verdichteRegel ? { ...regel, verdichteRegel } : regel)
  }
  return right([
    {
      type: 'ConceptRegelsOvergenomen',
      data: {
        administratie: command.administratie,
        conceptId: command.conceptId,
        vanConceptId: command.vanConceptId,
        regels,
      },
    },
  ])
}

const decideStatus = (command: ConceptCommand, state: ConceptState): Uitkomst => {
  const kop = actieveKop(state, command.conceptId)
  if (kop._tag === 'Left') return kop
  const data = { administratie: command.administratie, conceptId: command.conceptId }
  switch (command.type) {
    case 'StelFactureerbaar':
      return right(state.status === 'factureerbaar' ? [] : [{ type: 'ConceptFactureerbaarGesteld', data }])
    case 'StelNietFactureerbaar':
      return right(state.status === 'nietFactureerbaar' ? [] : [{ type: 'ConceptNietFactureerbaarGesteld', data }])
    case 'StelUit':
      return right([
        {
          type: 'ConceptUitgesteld',
          data: {
            ...data,
            ...(command.totDatum === undefined ? {} : { totDatum: command.totDatum }),
            ...(command.reden === undefined ? {} : { reden: command.reden }),
          },
        },
      ])
    case 'WijzigBtwPlicht':
      if (command.btwPlicht === state.btwPlicht) {
        return left(
          fout('BTW_PLICHT_ONGEWIJZIGD', `Concept ${command.conceptId} already has btw-plicht ${command.btwPlicht}.`),
        )
      }
      return right([
        {
          type: 'ConceptBtwPlichtGewijzigd',
          data: { ...data, van: state.btwPlicht as string, naar: command.btwPlicht },
        },
      ])
    case 'VerwijderConcept': {
      if ([...state.regels.values()].some((regel) => regel.herkomst === 'voorschot')) {
        return left(
          fout(
            'CONCEPT_HEEFT_VOORSCHOTREGELS',
            `Concept ${command.conceptId} holds voorschotregels; deleting it would leave those advances unsettled. Write them off (VB) or invoice them first.`,
          ),
        )
      }
      const vrijgegevenNacalculatieRegels = [...state.nacalculatieRegels]
      return right([
        { type: 'ConceptVerwijderd', data: { ...data, reden: command.reden, vrijgegevenNacalculatieRegels } },
      ])
    }
    default:
      return right([])
  }
}

export const decideConcept = (command: ConceptCommand, state: ConceptState): Uitkomst => {
  switch (command.type) {
    case 'VoegNacalculatieRegelsToe':
      return decideNacalculatie(command, state)
    case 'VoegPlusRegelToe':
      return decidePlusRegel(command, state)
    case 'VoegVoorschotRegelToe':
      return decideVoorschot(command, state)
    case 'WijzigVerwerkingsmethode':
      return decideVerwerking(command, state)
    case 'WijzigVerdichteRegelBedrag':
      return decideVerdichteRegelBedrag(command, state)
    case 'BoekRegelsOver':
      return decideOverboeken(command, state)
    case 'NeemRegelsOver':
      return decideOvernemen(command, state)
    case 'FactureerConcept':
      return decideFactureer(command, state)
    default:
      return decideStatus(command, state)
  }
}

export const conceptDecider: Decider<ConceptCommand, ConceptEvent, ConceptState, ConceptFout> = {
  initialState: initialConceptState,
  decide: decideConcept,
  evolve: evolveConcept,
  evolveAll: evolveConceptAll,
}
