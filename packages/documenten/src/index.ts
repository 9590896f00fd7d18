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
export { type DocumentUitvoerOpties, documentUitvoer } from './verstrekken/document-uitvoer'
export { mapUitbak } from './verstrekken/map-uitbak'
export type { Mail, Mailer, Printwachtrij, Uitbak, Uitgaand } from './verstrekken/poorten'
export { smtpMailer } from './verstrekken/smtp'
