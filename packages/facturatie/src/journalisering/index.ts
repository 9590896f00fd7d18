export * from './errors'
export { JournaliseringsInrichting } from './inrichting'
export { bronCode, Integratiesoort, isOhw, kentProjecten } from './integratiesoort'
export { BtwBerekening, Creditverwijzing, Journaliseringsinvoer } from './invoer'
export {
  Betalingskorting,
  balans,
  Journaalpost,
  Journaalregel,
  OpenstaandePost,
  Zijde,
} from './journaalpost'
export { controleerBalans, type Journalisering, maakJournaalpost } from './maak-journaalpost'
export { isoWeek, maakOmschrijving, OmschrijvingFinancieel, omschrijvingToegestaan } from './omschrijving'
