import { type Batchactie, factuurdatum, meenemenTeCrediterenRegels, naVoltooien } from './actie'

/** R20 factureren cursussen: as abonnementen, without peildatum. */
export const cursussen: Batchactie = {
  naam: 'cursussen',
  titel: 'Factureren cursussen',
  uitleg: 'Factureert de cursusinschrijvingen die klaarstaan.',
  velden: [factuurdatum, meenemenTeCrediterenRegels, ...naVoltooien],
  metRunId: true,
  bron: 'cursussen',
  voerUit: (cockpit, opties, regels, context, opVoortgang) =>
    cockpit.factureerCursussen(opties, regels, context, opVoortgang),
}
