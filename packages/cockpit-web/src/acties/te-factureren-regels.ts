import { type Batchactie, naVoltooien } from './actie'

/** R21 factureren te factureren regels: turns the staged lines of a run that stopped into invoices, nothing twice. */
export const teFacturerenRegels: Batchactie = {
  naam: 'te-factureren-regels',
  titel: 'Factureren te factureren regels',
  uitleg:
    'Maakt de facturen van regels die al klaargezet zijn, bijvoorbeeld nadat een run stopte op een geblokkeerde relatie.',
  velden: [...naVoltooien],
  metRunId: false,
  voerUit: (cockpit, opties, _regels, context, opVoortgang) =>
    cockpit.factureerTeFacturerenRegels(opties, context, opVoortgang),
}
