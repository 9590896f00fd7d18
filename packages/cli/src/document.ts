import { writeFile } from 'node:fs/promises'
import { type DocumentFout, laadFactuurdocument, maakPdf, maakUbl } from '@factuurstroom/documenten'
import { type EventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'

/** Where `factuurstroom document` writes the invoice's PDF and UBL, and which administratie's number it means. */
export interface DocumentOpties {
  /** Where to write the PDF; default `<factuurnummer>.pdf` when neither file is named. */
  readonly pdf?: string
  /** Where to write the UBL; default `<factuurnummer>.xml` when neither file is named. */
  readonly ubl?: string
  /** Needed only when two administraties used the same number. */
  readonly administratie?: string
}

/** The invoice a document was made for and each file written, with its size. */
export interface DocumentReport {
  readonly administratie: string
  readonly factuurId: string
  readonly factuurnummer: string
  readonly bestanden: readonly { readonly soort: 'pdf' | 'ubl'; readonly bestand: string; readonly bytes: number }[]
}

/**
 * Why no document was made: no invoice has the number, several administraties do, or the document could not be made.
 */
export type DocumentProbleem =
  | { readonly soort: 'onbekend'; readonly melding: string }
  | { readonly soort: 'dubbelzinnig'; readonly melding: string }
  | { readonly soort: 'document'; readonly melding: string; readonly fout: DocumentFout }

/** The invoices that carry a number (one pass over the log). */
const vindFacturen = async (store: EventStore, factuurnummer: string, administratie?: string) => {
  const gevonden: { administratie: string; factuurId: string }[] = []
  for await (const e of readAllEvents(store)) {
    if (e.type !== 'Gefactureerd') continue
    const data = e.data as { factuurnummer: string; administratie: string; factuurId: string }
    if (data.factuurnummer !== factuurnummer) continue
    if (administratie !== undefined && data.administratie !== administratie) continue
    gevonden.push({ administratie: data.administratie, factuurId: data.factuurId })
  }
  return gevonden
}

/** Renders one invoice's PDF and/or UBL from its events into files. */
export const runDocument = async (
  store: EventStore,
  factuurnummer: string,
  opties: DocumentOpties = {},
): Promise<Either<DocumentProbleem, DocumentReport>> => {
  const gevonden = await vindFacturen(store, factuurnummer, opties.administratie)
  const factuur = gevonden[0]
  if (!factuur) return left({ soort: 'onbekend', melding: `No invoice with number ${factuurnummer} in this log.` })
  if (gevonden.length > 1) {
    const administraties = gevonden.map((g) => g.administratie).join(', ')
    return left({
      soort: 'dubbelzinnig',
      melding: `Number ${factuurnummer} is used in administraties ${administraties}; pass --administratie.`,
    })
  }
  const document = await laadFactuurdocument(store, factuur.administratie, factuur.factuurId)
  if (isLeft(document)) return left({ soort: 'document', melding: document.left.message, fout: document.left })
  const beide = opties.pdf === undefined && opties.ubl === undefined
  const bestanden: { soort: 'pdf' | 'ubl'; bestand: string; bytes: number }[] = []
  const ubl = opties.ubl ?? (beide ? `${factuurnummer}.xml` : undefined)
  if (ubl !== undefined) {
    const xml = maakUbl(document.right)
    if (isLeft(xml)) return left({ soort: 'document', melding: xml.left.message, fout: xml.left })
    await writeFile(ubl, xml.right, 'utf8')
    bestanden.push({ soort: 'ubl', bestand: ubl, bytes: Buffer.byteLength(xml.right) })
  }
  const pdf = opties.pdf ?? (beide ? `${factuurnummer}.pdf` : undefined)
  if (pdf !== undefined) {
    const inhoud = await maakPdf(document.right)
    await writeFile(pdf, inhoud)
    bestanden.push({ soort: 'pdf', bestand: pdf, bytes: inhoud.length })
  }
  return right({ ...factuur, factuurnummer, bestanden })
}
