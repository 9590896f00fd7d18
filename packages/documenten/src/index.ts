export {
  type Factuurdocument,
  factuurdocumentUitEvents,
  factuurdocumentVan,
  laadFactuurdocument,
} from './factuurdocument'
export type { DocumentFout, DocumentFoutCode } from './fouten'
export { aantalNl, bedragNl, datumNl, percentageNl } from './opmaak'
export { maakPdf, type PdfOpties } from './pdf/pdf'
export { type Btwcategorie, type Btwsubtotaal, btwsubtotalen } from './ubl/btwcategorie'
export { maakUbl, PEPPOL_CUSTOMIZATION, PEPPOL_PROFILE } from './ubl/ubl'
