import type { Batchactie, Veld } from './actie'

/** R20: issue what the action made, by each debiteur's verstrekkingswijze. */
const verstrekkenNaVoltooien: Veld = {
  naam: 'verstrekkenNaVoltooien',
  label: 'Verstrekken na voltooien',
  soort: 'vlag',
}
/** R20: journalise what the action made. */
const journaliserenNaVoltooien: Veld = {
  naam: 'journaliserenNaVoltooien',
  label: 'Journaliseren na voltooien',
  soort: 'vlag',
}
/** Both after-completion options, as most actions have them. */
const naVoltooien: readonly Veld[] = [verstrekkenNaVoltooien, journaliserenNaVoltooien]
/** The invoice date of the invoices an action makes. */
const factuurdatum: Veld = { naam: 'factuurdatum', label: 'Factuurdatum', soort: 'datum', verplicht: true }
/** R20: take credit lines along (abonnementen, cursussen). */
const meenemenTeCrediterenRegels: Veld = {
  naam: 'meenemenTeCrediterenRegels',
  label: 'Meenemen te crediteren regels',
  soort: 'vlag',
}

/** Every batch action, in the order the cockpit lists them; each with exactly the options R20 gives it. */
export const BATCHACTIES: readonly Batchactie[] = [
  // R20 factureren abonnementen: the lines due on the peildatum; credit lines only when taken along.
  {
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
  },
  // R20 factureren cursussen: as abonnementen, without peildatum.
  {
    naam: 'cursussen',
    titel: 'Factureren cursussen',
    uitleg: 'Factureert de cursusinschrijvingen die klaarstaan.',
    velden: [factuurdatum, meenemenTeCrediterenRegels, ...naVoltooien],
    metRunId: true,
    bron: 'cursussen',
    voerUit: (cockpit, opties, regels, context, opVoortgang) =>
      cockpit.factureerCursussen(opties, regels, context, opVoortgang),
  },
  // R20 factureren ordermanagement: the sales-invoice flow; no credit option, no journalise-after option.
  {
    naam: 'ordermanagement',
    titel: 'Factureren ordermanagement',
    uitleg: 'Factureert de geleverde pakbonregels.',
    velden: [factuurdatum, verstrekkenNaVoltooien],
    metRunId: true,
    bron: 'ordermanagement',
    voerUit: (cockpit, opties, regels, context, opVoortgang) =>
      cockpit.factureerOrdermanagement(opties, regels, context, opVoortgang),
  },
  // R1/R20 factureren concepten: every factureerbaar concept of the administratie, in one step; the cockpit takes the
  // settings in force from set-up and the host's master data (its `concepten` port).
  {
    naam: 'concepten',
    titel: 'Factureren concepten',
    uitleg: 'Factureert alle factureerbare concepten van de administratie.',
    velden: [factuurdatum, ...naVoltooien],
    metRunId: true,
    voerUit: (cockpit, opties, _regels, context, opVoortgang) =>
      cockpit.factureerConcepten(opties, context, opVoortgang),
  },
  // R20 factureren nacalculatie: only with concepts off (R1); no credit option.
  {
    naam: 'nacalculatie',
    titel: 'Factureren nacalculatie',
    uitleg: 'Factureert de goedgekeurde nacalculatie (alleen als factureren op basis van concepten uit staat).',
    velden: [factuurdatum, ...naVoltooien],
    metRunId: true,
    bron: 'nacalculatie',
    voerUit: (cockpit, opties, regels, context, opVoortgang) =>
      cockpit.factureerNacalculatie(opties, regels, context, opVoortgang),
  },
  // R20 factureren termijnen: the instalments reported ready; no credit option.
  {
    naam: 'termijnen',
    titel: 'Factureren termijnen',
    uitleg: 'Factureert de termijnen die gereed zijn gemeld.',
    velden: [factuurdatum, ...naVoltooien],
    metRunId: true,
    bron: 'termijnen',
    voerUit: (cockpit, opties, regels, context, opVoortgang) =>
      cockpit.factureerTermijnen(opties, regels, context, opVoortgang),
  },
  // R21 factureren te factureren regels: turns the staged lines of a run that stopped into invoices, nothing twice.
  {
    naam: 'te-factureren-regels',
    titel: 'Factureren te factureren regels',
    uitleg:
      'Maakt de facturen van regels die al klaargezet zijn, bijvoorbeeld nadat een run stopte op een geblokkeerde relatie.',
    velden: [...naVoltooien],
    metRunId: false,
    voerUit: (cockpit, opties, _regels, context, opVoortgang) =>
      cockpit.factureerTeFacturerenRegels(opties, context, opVoortgang),
  },
  // R19 the Verzamelfactuur function: the waiting lines up to a date, into collective invoices.
  {
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
  },
]
