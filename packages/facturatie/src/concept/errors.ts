import type { DomainError, DomainWarning } from '@factuurstroom/eventsourcing'

/** Every error the concept side can return; codes are stable. */
export type ConceptFoutcode =
  | 'CONCEPT_BESTAAT_NIET'
  | 'CONCEPT_NIET_ACTIEF'
  | 'CONCEPT_PER_REGEL'
  | 'VERKOOPRELATIE_WIJKT_AF'
  | 'REGEL_VALUTA_WIJKT_AF'
  | 'BTW_PLICHT_WIJKT_AF'
  | 'PROJECT_WIJKT_AF'
  | 'PROJECT_ONBEKEND'
  | 'CONCEPTREGEL_BESTAAT_AL'
  | 'NACALCULATIEREGEL_AL_OP_CONCEPT'
  | 'CONCEPTREGEL_ONBEKEND'
  | 'VERDICHTE_REGEL_ONBEKEND'
  | 'VOORSCHOTREGEL_NIET_WIJZIGBAAR'
  | 'VOORSCHOT_AL_OP_CONCEPT'
  | 'VOORSCHOT_AL_TOEGEWEZEN'
  | 'VOORSCHOTBEDRAG_NIET_POSITIEF'
  | 'AFBOEKREDEN_VERPLICHT'
  | 'TEKSTCODE_VERPLICHT'
  | 'AFRONDING_ZONDER_VERDICHTING'
  | 'CONCEPT_NIET_FACTUREERBAAR'
  | 'CONCEPT_NIETS_TE_FACTUREREN'
  | 'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM'
  | 'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM'
  | 'BTW_CODE_ONBEKEND'
  | 'CONCEPT_HEEFT_VOORSCHOTREGELS'
  | 'BTW_PLICHT_ONGEWIJZIGD'
  | 'OVERBOEKEN_NAAR_ZELFDE_CONCEPT'
  | 'CONCEPT_SLEUTEL_BEZET'
  | 'TELLER_REEKS_ONBEKEND'
  | 'TELLER_REEKS_BESTAAT_AL'
  | 'PROJECTFACTUUR_ALLEEN_VIA_CONCEPT'
  | 'FACTUURRELATIE_NIET_TOEGESTAAN'
  | 'CONCEPTFACTURERING_UIT'

/** A refusal by a concept rule, with its stable code. */
export type ConceptFout = DomainError<ConceptFoutcode>

/** Builds a concept refusal; use the named factories below. */
export const fout = (
  code: ConceptFoutcode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): ConceptFout => (details === undefined ? { code, message } : { code, message, details })

/** Warnings that do not stop a concept command. */
export type ConceptWaarschuwingcode = 'FACTUURBEDRAG_ONDER_MINIMUM' | 'FACTUURBEDRAG_BOVEN_MAXIMUM'

/** Builds a concept warning. */
export const waarschuwing = (
  code: ConceptWaarschuwingcode,
  message: string,
  details: Readonly<Record<string, unknown>>,
): DomainWarning<ConceptWaarschuwingcode> => ({ code, message, details })

/** The command names a concept that was never opened. */
export const conceptBestaatNiet = (conceptId: string): ConceptFout =>
  fout(
    'CONCEPT_BESTAAT_NIET',
    `Concept ${conceptId} does not exist. Check the concept id, or add nacalculatie lines to open one.`,
    { conceptId },
  )

/** R11: an invoiced or deleted concept no longer changes. */
export const conceptNietActief = (conceptId: string, status: string): ConceptFout =>
  fout(
    'CONCEPT_NIET_ACTIEF',
    `Concept ${conceptId} is ${status} and can no longer change. Add the lines again; they will open a new concept.`,
    { conceptId, status },
  )

/** A nacalculatie line names a project the input did not send. */
export const projectOnbekend = (regelId: string, project: string): ConceptFout =>
  fout(
    'PROJECT_ONBEKEND',
    `Line ${regelId} is for project ${project}, which is not among the input's projecten. Send the project with the lines.`,
  )

/** R1: concepts are switched off for the project. */
export const conceptfactureringUit = (): ConceptFout =>
  fout(
    'CONCEPTFACTURERING_UIT',
    'Factureren op basis van concepten is off (R1): invoice the nacalculatie directly or switch concepts on.',
  )

/** R3: lines for one verkooprelatie sent to another's concept. */
export const verkooprelatieWijktAf = (conceptId: string, concept: string, regels: string): ConceptFout =>
  fout(
    'VERKOOPRELATIE_WIJKT_AF',
    `Concept ${conceptId} is for verkooprelatie ${concept}, not ${regels}. Send the lines to that relatie's concept.`,
  )

/** R3: a line in another valuta than its concept. */
export const valutaWijktAf = (conceptId: string, concept: string, regel: string): ConceptFout =>
  fout(
    'REGEL_VALUTA_WIJKT_AF',
    `Concept ${conceptId} is in ${concept}; a line in ${regel} cannot be added. Lines in ${regel} go on a concept in ${regel} (R3).`,
    { concept, regel },
  )

/** R5: lines of another btw-plicht never merge into a concept. */
export const btwPlichtWijktAf = (conceptId: string, concept: string | undefined, regels: string): ConceptFout =>
  fout(
    'BTW_PLICHT_WIJKT_AF',
    `Concept ${conceptId} has btw-plicht ${concept}; lines with btw-plicht ${regels} never merge into it (R5). They belong on a concept of their own btw-plicht, or move them with overboeken.`,
    { concept, regels },
  )

/** R3: lines of another project sent to a per-project concept. */
export const projectWijktAf = (
  conceptId: string,
  concept: string | undefined,
  regels: string | undefined,
): ConceptFout =>
  fout(
    'PROJECT_WIJKT_AF',
    `Concept ${conceptId} is per project for ${concept}; lines of project ${regels ?? '(none)'} go on that project's concept (R3).`,
  )

/** R2: a per-regel concept takes no further lines once it exists. */
export const conceptPerRegelGesloten = (conceptId: string, conceptmethode: string): ConceptFout =>
  fout(
    'CONCEPT_PER_REGEL',
    `Conceptmethode is per regel (R2): concept ${conceptId} already exists and takes no further lines. Open a new concept for the line (openHandmatigConcept, or move lines to a concept of another conceptmethode).`,
    { conceptId, conceptmethode },
  )

/** R2: a per-regel concept opens with exactly one line. */
export const conceptPerRegelEenRegel = (conceptId: string, aantal: number): ConceptFout =>
  fout(
    'CONCEPT_PER_REGEL',
    `Conceptmethode is per regel (R2): every line opens a new concept of its own, so concept ${conceptId} takes one line, not ${aantal}.`,
  )

/** A new line reuses the id of a line on the concept. */
export const conceptregelBestaatAl = (conceptId: string, regelId: string): ConceptFout =>
  fout(
    'CONCEPTREGEL_BESTAAT_AL',
    `Conceptregel ${regelId} is already on concept ${conceptId}; give a new line a new id.`,
  )

/** A moved line's id is already on the target concept. */
export const overgenomenRegelBestaatAl = (conceptId: string, regelId: string): ConceptFout =>
  fout('CONCEPTREGEL_BESTAAT_AL', `Conceptregel ${regelId} is already on concept ${conceptId}.`)

/** R7: a correctieregel reuses the id of a line on the concept. */
export const correctieregelBestaatAl = (regelId: string): ConceptFout =>
  fout('CONCEPTREGEL_BESTAAT_AL', `Conceptregel ${regelId} already exists; give the correction a new id.`)

/** A nacalculatie line is invoiced once. */
export const nacalculatieregelAlOpConcept = (conceptId: string, nacalculatieRegelId: string): ConceptFout =>
  fout(
    'NACALCULATIEREGEL_AL_OP_CONCEPT',
    `Nacalculatie line ${nacalculatieRegelId} is already on concept ${conceptId}; a line is invoiced once.`,
  )

/** R7: verdichting on tekstcode needs a tekstcode on every line. */
export const tekstcodeVerplicht = (regelId: string, verdichting: string): ConceptFout =>
  fout(
    'TEKSTCODE_VERPLICHT',
    `Line ${regelId} has no tekstcode, but verdichting ${verdichting} groups on it (R7). Give the werksoort/kostensoort a tekstcode.`,
  )

/** R7: a moved line without tekstcode cannot join a target that verdicht on it. */
export const tekstcodeVerplichtBijOvernemen = (regelId: string): ConceptFout =>
  fout('TEKSTCODE_VERPLICHT', `Line ${regelId} has no tekstcode, but the target concept verdicht on it (R7).`)

/** R9: an advance to settle has a positive amount. */
export const voorschotbedragNietPositief = (factuurnummer: string, bedrag: string): ConceptFout =>
  fout(
    'VOORSCHOTBEDRAG_NIET_POSITIEF',
    `Advance invoice ${factuurnummer} has amount ${bedrag}; an advance to settle is positive. Credit a wrong advance instead.`,
  )

/** R9: an advance is settled once. */
export const voorschotAlOpConcept = (conceptId: string, factuurnummer: string): ConceptFout =>
  fout(
    'VOORSCHOT_AL_OP_CONCEPT',
    `Advance invoice ${factuurnummer} is already on concept ${conceptId}; an advance is settled once (R9).`,
  )

/** R10: writing lines off needs a reason. */
export const afboekredenVerplicht = (): ConceptFout =>
  fout(
    'AFBOEKREDEN_VERPLICHT',
    'Writing lines off (A/PB/VB) needs a reason (R10). Send the command again with a reden.',
  )

/** A command names a line the concept does not hold (any more). */
export const regelOnbekend = (conceptId: string, regelId: string): ConceptFout =>
  fout(
    'CONCEPTREGEL_ONBEKEND',
    `Concept ${conceptId} has no line ${regelId}; it may have been invoiced or moved already.`,
  )

/** R7: a command names a verdichte regel the concept does not have. */
export const verdichteRegelOnbekend = (conceptId: string, verdichteRegelId: string): ConceptFout =>
  fout(
    'VERDICHTE_REGEL_ONBEKEND',
    `Concept ${conceptId} has no verdichte regel ${verdichteRegelId}. Without verdichting, change the line itself.`,
  )

/** R9: a verdichte regel holding voorschotregels keeps its amount. */
export const voorschotregelNietWijzigbaar = (): ConceptFout =>
  fout('VOORSCHOTREGEL_NIET_WIJZIGBAAR', 'Voorschotregels cannot be changed, only doorgeschoven or afgeboekt (R9).')

/** R9: a voorschotregel stays on its concept. */
export const voorschotregelNietOverboekbaar = (regelId: string): ConceptFout =>
  fout(
    'VOORSCHOTREGEL_NIET_WIJZIGBAAR',
    `Voorschotregel ${regelId} cannot be moved, only doorgeschoven or afgeboekt (R9).`,
  )

/** R5: lines are moved to another concept, never to their own. */
export const overboekenNaarZelfdeConcept = (): ConceptFout =>
  fout('OVERBOEKEN_NAAR_ZELFDE_CONCEPT', 'Lines are moved to another concept; choose a different target concept.')

/** R5: the concept already has the btw-plicht asked for. */
export const btwPlichtOngewijzigd = (conceptId: string, btwPlicht: string): ConceptFout =>
  fout('BTW_PLICHT_ONGEWIJZIGD', `Concept ${conceptId} already has btw-plicht ${btwPlicht}.`)

/** R9, R11: a concept with voorschotregels is not deleted. */
export const conceptHeeftVoorschotregels = (conceptId: string): ConceptFout =>
  fout(
    'CONCEPT_HEEFT_VOORSCHOTREGELS',
    `Concept ${conceptId} holds voorschotregels; deleting it would leave those advances unsettled. Write them off (VB) or invoice them first.`,
  )

/** R11: only factureerbaar concepts are invoiced. */
export const conceptNietFactureerbaar = (conceptId: string, status: string): ConceptFout =>
  fout(
    'CONCEPT_NIET_FACTUREERBAAR',
    `Concept ${conceptId} is ${status}; only factureerbaar concepts are invoiced (R11). Review it and set it factureerbaar.`,
    { status },
  )

/** R10: a concept whose lines are all deferred has nothing to invoice or write off. */
export const conceptNietsTeFactureren = (conceptId: string): ConceptFout =>
  fout(
    'CONCEPT_NIETS_TE_FACTUREREN',
    `Concept ${conceptId} has no lines to invoice or write off (all deferred). Set lines to F, or leave the concept for a later run.`,
  )

/** R12: the btw-code table has no row for the line. */
export const btwCodeOnbekend = (btwPlicht: string, tariefgroep: string): ConceptFout =>
  fout(
    'BTW_CODE_ONBEKEND',
    `No btw-code for btw-plicht ${btwPlicht} and tariefgroep ${tariefgroep} in the btw-code table. Add it to the administratie's set-up and invoice again.`,
    { btwPlicht, tariefgroep },
  )

/** R6: below a strict minimum the concept is not invoiced. */
export const factuurbedragOnderStriktMinimum = (netto: string, minimum: string): ConceptFout =>
  fout(
    'FACTUURBEDRAG_ONDER_STRIKT_MINIMUM',
    `The invoice would be ${netto}, below the strict minimum of ${minimum} (R6). Defer the concept until more is billable, or lower the minimum in the project settings.`,
    { netto, minimum },
  )

/** R6: above a strict maximum the concept is not invoiced. */
export const factuurbedragBovenStriktMaximum = (netto: string, maximum: string): ConceptFout =>
  fout(
    'FACTUURBEDRAG_BOVEN_STRIKT_MAXIMUM',
    `The invoice would be ${netto}, above the strict maximum of ${maximum} (R6). Defer (D) some lines, or raise the maximum in the project settings.`,
    { netto, maximum },
  )

/** R6: below a minimum that is not strict the concept is invoiced with a warning. */
export const factuurbedragOnderMinimum = (netto: string, minimum: string): DomainWarning<ConceptWaarschuwingcode> =>
  waarschuwing('FACTUURBEDRAG_ONDER_MINIMUM', `The invoice amount ${netto} is below the minimum of ${minimum} (R6).`, {
    netto,
    minimum,
  })

/** R6: above a maximum that is not strict the concept is invoiced with a warning. */
export const factuurbedragBovenMaximum = (netto: string, maximum: string): DomainWarning<ConceptWaarschuwingcode> =>
  waarschuwing('FACTUURBEDRAG_BOVEN_MAXIMUM', `The invoice amount ${netto} is above the maximum of ${maximum} (R6).`, {
    netto,
    maximum,
  })

/** R16: a project on the invoiced lines whose "apart factureren" was not sent. */
export const apartFacturerenOntbreekt = (conceptId: string, project: string): ConceptFout =>
  fout(
    'PROJECT_ONBEKEND',
    `Concept ${conceptId} invoices lines of project ${project}, but its "apart factureren" was not sent (R16). Send every project of the concept's lines in projecten.`,
    { conceptId, project },
  )

/** R8: rounding needs verdichting. */
export const afrondingZonderVerdichting = (): ConceptFout =>
  fout(
    'AFRONDING_ZONDER_VERDICHTING',
    'An afrondingsmethode only applies to verdichte regels (R8). Choose a methode verdichting or remove the afronding.',
  )

/** R1: with concepts on, a project invoice comes from a concept (or is an advance). */
export const projectfactuurAlleenViaConcept = (bron: string): ConceptFout =>
  fout(
    'PROJECTFACTUUR_ALLEEN_VIA_CONCEPT',
    `Factureren op basis van concepten is on (R1): a project invoice comes from a concept, not from '${bron}'. Take the nacalculatie over onto a concept and invoice that; only an advance invoice (voorschot) may be made by hand.`,
    { bron },
  )

/** R13: a manual project invoice goes to the project's own debiteur unless the setting allows all. */
export const factuurrelatieNietToegestaan = (projectDebiteur: string, factuurrelatie: string): ConceptFout =>
  fout(
    'FACTUURRELATIE_NIET_TOEGESTAAN',
    `This project belongs to debiteur ${projectDebiteur}; a manual project invoice to ${factuurrelatie} needs "projecten factureren aan alle verkooprelaties" (R13). Invoice the project's debiteur or switch that setting on.`,
    { projectDebiteur, factuurrelatie },
  )

/** R14: a reeks is set up once. */
export const tellerReeksBestaatAl = (reeks: string): ConceptFout =>
  fout('TELLER_REEKS_BESTAAT_AL', `Reeks ${reeks} already exists; numbers must stay unique, so make a new reeks.`)

/** R14: numbering from a reeks that was not set up. */
export const tellerReeksOnbekend = (reeks: string): ConceptFout =>
  fout('TELLER_REEKS_ONBEKEND', `Concept teller reeks ${reeks} is not set up (R14). Set it up first.`)

/** R3: another active concept holds the key. */
export const conceptSleutelBezet = (houder: string, sleutel: string): ConceptFout =>
  fout(
    'CONCEPT_SLEUTEL_BEZET',
    `Concept ${houder} is the active concept for ${sleutel} (R3). Invoice or delete it first, or move the lines to it.`,
    { houder },
  )

/** R9: the advance is already claimed by another concept. */
export const voorschotAlToegewezen = (factuurnummer: string): ConceptFout =>
  fout(
    'VOORSCHOT_AL_TOEGEWEZEN',
    `Advance invoice ${factuurnummer} is already on a concept to be settled there (R9); an advance is settled exactly once.`,
  )
