import { type Batchactie, factuurdatum, meenemenTeCrediterenRegels, naVoltooien } from './actie'

/** R20 factureren abonnementen: the lines due on the peildatum; credit lines only when taken along. */
export const abonnementen: Batchactie = {
  naam: 'abonnementen',
  titel: 'Factureren abonnementen',
  uitleg: 'Factureert de abonnementsregels die op de peildatum verschuldigd zijn.',
  velden: [
    { naam: 'peildatum', label: 'Peildatum', soort: 'datum', verplicht: true },
    factuurdatum,
    meenemenTeCrediterenRegels,
    ...naVoltooien,
  ],
  metRunId: true,
  bron: 'abonnementen',
  voerUit: (cockpit, opties, regels, context, opVoortgang) =>
    cockpit.factureerAbonnementen(opties, regels, context, opVoortgang),
}
