import type { EventStore } from '@factuurstroom/eventsourcing'
import type { cockpit } from '@factuurstroom/facturatie'
import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import { laadFactuurdocument } from '../factuurdocument'
import { type DocumentFout, gegevenOntbreekt } from '../fouten'
import { maakPdf, type PdfOpties } from '../pdf/pdf'
import { maakUbl } from '../ubl/ubl'
import type { Mailer, Printwachtrij, Uitbak } from './poorten'

export interface DocumentUitvoerOpties {
  readonly store: EventStore
  readonly printwachtrij?: Printwachtrij
  readonly mailer?: Mailer
  readonly uitbak?: Uitbak
  readonly pdf?: PdfOpties
}

const ontbrekendePoort = (factuurId: string, administratie: string, poort: string): DocumentFout =>
  gegevenOntbreekt(factuurId, administratie, poort, 'the host (no adapter for this verstrekkingswijze)')

/**
 * The cockpit's `Uitvoer` that renders the invoice from its own events and issues it by verstrekkingswijze: print →
 * the PDF to the print queue; e-mail PDF → the relatie's invoice address for the report (or its e-mail) over the
 * mailer; UBL / Peppol → the XML to the outbox. Infrastructure failures are thrown (the cockpit turns them into
 * `VERSTREKKING_MISLUKT`); missing data is a typed `left`.
 */
export const documentUitvoer = (opties: DocumentUitvoerOpties): cockpit.Uitvoer => ({
  verstrek: async (factuur, verstrekking): Promise<Either<DocumentFout, void>> => {
    const document = await laadFactuurdocument(opties.store, factuur.administratie, factuur.factuurId)
    if (isLeft(document)) return document
    const d = document.right
    const sleutel = `${d.administratie}:${d.factuurId}:${verstrekking.rapport}`
    const uitgaand = {
      sleutel,
      administratie: d.administratie,
      factuurnummer: d.factuurnummer,
      rapport: verstrekking.rapport,
    }
    switch (verstrekking.wijze) {
      case 'print': {
        if (!opties.printwachtrij) return left(ontbrekendePoort(d.factuurId, d.administratie, 'printwachtrij'))
        await opties.printwachtrij.druk({ ...uitgaand, pdf: await maakPdf(d, opties.pdf) })
        return right(undefined)
      }
      case 'emailPdf': {
        if (!opties.mailer) return left(ontbrekendePoort(d.factuurId, d.administratie, 'mailer'))
        const { leverancier, afnemer } = d.partijen
        const aan = afnemer.factuurEmail?.[verstrekking.rapport] ?? afnemer.email
        if (!aan) return left(gegevenOntbreekt(d.factuurId, d.factuurrelatie.nummer, 'factuurEmail', 'e-mail PDF'))
        if (!leverancier.email) return left(gegevenOntbreekt(d.factuurId, d.administratie, 'email', 'e-mail PDF'))
        const titel = d.soort === 'creditnota' ? 'Creditnota' : 'Factuur'
        await opties.mailer.verstuur({
          sleutel,
          van: leverancier.email,
          aan,
          onderwerp: `${titel} ${d.factuurnummer} van ${leverancier.naam}`,
          tekst: `Geachte relatie,\n\nBijgaand ontvangt u ${titel.toLowerCase()} ${d.factuurnummer}.\n\nMet vriendelijke groet,\n${leverancier.naam}\n`,
          bijlagen: [
            { bestandsnaam: `${d.factuurnummer}.pdf`, inhoud: await maakPdf(d, opties.pdf), type: 'application/pdf' },
          ],
        })
        return right(undefined)
      }
      case 'ubl':
      case 'peppol': {
        if (!opties.uitbak) return left(ontbrekendePoort(d.factuurId, d.administratie, 'uitbak'))
        const xml = maakUbl(d)
        if (isLeft(xml)) return xml
        await opties.uitbak.lever({ ...uitgaand, bestandsnaam: `${d.factuurnummer}.xml`, xml: xml.right })
        return right(undefined)
      }
    }
  },
})
