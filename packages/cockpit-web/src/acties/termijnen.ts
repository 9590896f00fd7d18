import { type Batchactie, factuurdatum, naVoltooien } from './actie'

/** R20 factureren termijnen: the instalments reported ready; no credit option. */
export const termijnen: Batchactie = {
  naam: 'termijnen',
  titel: 'Factureren termijnen',
  uitleg: 'Factureert de termijnen die gereed zijn gemeld.',
  velden: [factuurdatum, ...naVoltooien],
  metRunId: true,
  bron: 'termijnen',
  voerUit: (cockpit, opties, regels, context, opVoortgang) =>
    cockpit.factureerTermijnen(opties, regels, context, opVoortgang),
}
