import { type Batchactie, factuurdatum, naVoltooien } from './actie'

/**
 * R1/R20 factureren concepten: every factureerbaar concept of the administratie, in one step; the cockpit takes the
 * settings in force from set-up and the host's master data (its `concepten` port).
 */
export const concepten: Batchactie = {
  naam: 'concepten',
  titel: 'Factureren concepten',
  uitleg: 'Factureert alle factureerbare concepten van de administratie.',
  velden: [factuurdatum, ...naVoltooien],
  metRunId: true,
  voerUit: (cockpit, opties, _regels, context, opVoortgang) => cockpit.factureerConcepten(opties, context, opVoortgang),
}
