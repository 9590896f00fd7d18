import type { DomainError } from '@factuurstroom/eventsourcing'

export type DocumentFoutCode =
  | 'DOCUMENT_FACTUUR_ONBEKEND'
  | 'DOCUMENT_NIET_GEFACTUREERD'
  | 'DOCUMENT_ZONDER_PARTIJEN'
  | 'DOCUMENT_GEGEVEN_ONTBREEKT'
  | 'DOCUMENT_BTW_BUITEN_TOLERANTIE'

export type DocumentFout = DomainError<DocumentFoutCode>

const fout = (code: DocumentFoutCode, message: string, details: Record<string, unknown>): DocumentFout => ({
  code,
  message,
  details,
})

export const factuurOnbekend = (administratie: string, factuur: string) =>
  fout(
    'DOCUMENT_FACTUUR_ONBEKEND',
    `Administratie ${administratie} has no invoice ${factuur}. Check the number (or factuurId) and the store.`,
    { administratie, factuur },
  )

export const nietGefactureerd = (factuurId: string) =>
  fout(
    'DOCUMENT_NIET_GEFACTUREERD',
    `Factuur ${factuurId} has no number yet, so it has no document. Number it first ("factureren", R27).`,
    { factuurId },
  )

export const zonderPartijen = (factuurId: string, administratie: string) =>
  fout(
    'DOCUMENT_ZONDER_PARTIJEN',
    `Factuur ${factuurId} was made before administratie ${administratie} had its own party set up, so it lacks the R32 party data a document needs. Set up the administratie's party (RichtAdministratieIn.partij) and invoice again.`,
    { factuurId, administratie },
  )

/** A document type needs an item the invoice's party data lacks (e.g. a Peppol endpoint id for UBL). */
export const gegevenOntbreekt = (factuurId: string, relatie: string, veld: string, document: string) =>
  fout(
    'DOCUMENT_GEGEVEN_ONTBREEKT',
    `Factuur ${factuurId}: ${document} needs ${veld} of relatie ${relatie}. Record it in the master data and invoice again, or issue this relatie by another verstrekkingswijze.`,
    { factuurId, relatie, veld, document },
  )

/**
 * R33 PER_REGEL: the recorded VAT of a rate differs from taxable amount × rate by a currency unit or more, which
 * Peppol's BR-CO-17 does not accept; the document would be refused by the receiver.
 */
export const btwBuitenTolerantie = (factuurId: string, percentage: string, btw: string, verwacht: string) =>
  fout(
    'DOCUMENT_BTW_BUITEN_TOLERANTIE',
    `Factuur ${factuurId}: VAT at ${percentage}% is ${btw} (rounded per line, R33), ${verwacht} on the total; Peppol (BR-CO-17) accepts less than 1.00 difference. Issue it as PDF, or round VAT on the total per rate for administraties that send this many lines per rate through Peppol.`,
    { factuurId, percentage, btw, verwacht },
  )
