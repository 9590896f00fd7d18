import { type Batchactie, factuurdatum, naVoltooien } from './actie'

/** R20 factureren nacalculatie: only with concepts off (R1); no credit option. */
export const nacalculatie: Batchactie = {
  naam: 'nacalculatie',
  titel: 'Factureren nacalculatie',
  uitleg: 'Factureert de goedgekeurde nacalculatie (alleen als factureren op basis van concepten uit staat).',
  velden: [factuurdatum, ...naVoltooien],
  metRunId: true,
  bron: 'nacalculatie',
  voerUit: (cockpit, opties, regels, context, opVoortgang) =>
    cockpit.factureerNacalculatie(opties, regels, context, opVoortgang),
}
