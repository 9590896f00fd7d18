import { type Batchactie, factuurdatum, verstrekkenNaVoltooien } from './actie'

/** R20 factureren ordermanagement: the sales-invoice flow; no credit option, no journalise-after option. */
export const ordermanagement: Batchactie = {
  naam: 'ordermanagement',
  titel: 'Factureren ordermanagement',
  uitleg: 'Factureert de geleverde pakbonregels.',
  velden: [factuurdatum, verstrekkenNaVoltooien],
  metRunId: true,
  bron: 'ordermanagement',
  voerUit: (cockpit, opties, regels, context, opVoortgang) =>
    cockpit.factureerOrdermanagement(opties, regels, context, opVoortgang),
}
