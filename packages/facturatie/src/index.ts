/**
 * Dutch invoicing as AFAS Profit does it: concepts, invoices, dagboeken, journalising, the cockpit and its views.
 *
 * @packageDocumentation
 * @module @factuurstroom/facturatie
 */
/** The sources the cockpit invoices (R17, R20): their line codecs and how each becomes a line to invoice. */
export * as bronnen from './bronnen'
/** The Facturatiecockpit (R17–R24): the actions that stage, make, number, issue, journalise and credit invoices. */
export * as cockpit from './cockpit'
/** Conceptfacturering (R1–R16): concepts from nacalculatie, their lines and checks, and invoicing a concept. */
export * as concept from './concept'
/** Dagboeken (R27, R30, R31): gapless invoice numbers per series, and journalising an invoice as made. */
export * as dagboek from './dagboek'
/** The Factuur aggregate (R22–R24, R30–R32): one invoice from making to crediting. */
export * as factuur from './factuur'
/** The codecs of the domain's primitive values (amounts, dates, codes, texts, free fields) and what each may hold. */
export * as codecs from './gedeeld/codecs'
export * from './gedeeld/factuuropdracht'
export * from './gedeeld/partij'
export * from './geld'
/** Set-up (inrichting): administraties, dagboeken, grootboekrekeningen, btw-codes and integratiesoorten. */
export * as inrichting from './inrichting'
/** Journalising (R25, R28–R30, R33): integratiesoorten, an invoice's journaalpost and openstaande post, refusals. */
export * as journalisering from './journalisering'
/** R12's declarant assignments: who is hoofddeclarant and declarant of a verkooprelatie. */
export * as relatie from './relatie'
/** The cockpit's views (facturen, concepten, openstaande posten, journaal), in memory or as PostgreSQL tables. */
export * as weergaven from './weergaven'
