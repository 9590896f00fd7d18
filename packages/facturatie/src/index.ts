/**
 * Dutch invoicing as AFAS Profit does it: concepts, invoices, dagboeken, journalising, the cockpit and its views.
 *
 * @packageDocumentation
 * @module @factuurstroom/facturatie
 */
export * as bronnen from './bronnen'
export * as cockpit from './cockpit'
export * as concept from './concept'
export * as dagboek from './dagboek'
export * as factuur from './factuur'
export * as codecs from './gedeeld/codecs'
export * from './gedeeld/factuuropdracht'
export * from './gedeeld/partij'
export * from './geld'
export * as inrichting from './inrichting'
export * as journalisering from './journalisering'
export * as relatie from './relatie'
export * as weergaven from './weergaven'
