import { type Batchactie, factuurdatum, naVoltooien } from './actie'

/** R19 the Verzamelfactuur function: the waiting lines up to a date, into collective invoices. */
export const verzamelfactuur: Batchactie = {
  naam: 'verzamelfactuur',
  titel: 'Verzamelfactuur',
  uitleg: 'Verzamelt de wachtende regels tot en met een datum in verzamelfacturen.',
  velden: [
    { naam: 'totEnMet', label: 'Tot en met', soort: 'datum', verplicht: true },
    factuurdatum,
    { naam: 'verkooprelaties', label: 'Verkooprelaties (leeg: alle)', soort: 'relaties' },
    ...naVoltooien,
  ],
  metRunId: true,
  voerUit: (cockpit, opties, _regels, context, opVoortgang) =>
    cockpit.maakVerzamelfactuur(opties, context, opVoortgang),
}
