import {
  type Batchactie,
  factuurdatum,
  journaliserenNaVoltooien,
  meenemenTeCrediterenRegels,
  verstrekkenNaVoltooien,
} from './actie'

/** R20 factureren cursussen: as abonnementen, without peildatum. */
export const cursussen: Batchactie = {
  naam: 'cursussen',
  titel: 'Factureren cursussen',
  uitleg: 'Factureert de cursusinschrijvingen die klaarstaan.',
  velden: [factuurdatum, meenemenTeCrediterenRegels, verstrekkenNaVoltooien, journaliserenNaVoltooien],
  metRunId: true,
  bron: 'cursussen',
  voerUit: (cockpit, opties, regels, context) => cockpit.factureerCursussen(opties, regels, context),
}
