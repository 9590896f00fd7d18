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

export type ConceptFout = DomainError<ConceptFoutcode>

export const fout = (
  code: ConceptFoutcode,
  message: string,
  details?: Readonly<Record<string, unknown>>,
): ConceptFout => (details === undefined ? { code, message } : { code, message, details })

export type ConceptWaarschuwingcode = 'FACTUURBEDRAG_ONDER_MINIMUM' | 'FACTUURBEDRAG_BOVEN_MAXIMUM'

export const waarschuwing = (
  code: ConceptWaarschuwingcode,
  message: string,
  details: Readonly<Record<string, unknown>>,
): DomainWarning<ConceptWaarschuwingcode> => ({ code, message, details })

export const conceptBestaatNiet = (conceptId: string): ConceptFout =>
  fout(
    'CONCEPT_BESTAAT_NIET',
    `Concept ${conceptId} does not exist. Check the concept id, or add nacalculatie lines to open one.`,
    { conceptId },
  )

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
