import type { CommandContext } from '@factuurstroom/eventsourcing'
import type { maakCockpit } from '../cockpit/cockpit.fixture'
import type { Factuuropdracht, Factuurregel } from '../gedeeld/factuuropdracht'
import { invoerVoor, werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import { ADM, een, type Ingang } from './ingang'

type Opzet = Awaited<ReturnType<typeof maakCockpit>>

const opzetContext = (commandId: string): CommandContext => ({
  commandId,
  occurredAt: '2026-04-01T09:00:00.000Z',
  actor: 'boekhouder',
})

/** A manual line with every optional field filled, so each one can be replaced. */
const handmatigeRegel = (regelId: string): Factuurregel => ({
  regelId,
  omschrijving: 'Advies op afroep',
  soort: 'omzet',
  bedrag: '380.00',
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
  aantal: '4',
  prijs: '95.00',
  eenheid: 'uur',
  itemcode: 'ADV',
  vrijeVelden: { kostenplaats: 'KP-1' },
  valuta: 'EUR',
})

/** A manual invoice without a project (R1 leaves those to the host) and with every optional field of the opdracht. */
const handmatigeOpdracht = (factuurId: string): Factuuropdracht => {
  const { project: _project, ...opdracht } = werkvoorbeeldOpdracht({
    administratie: ADM,
    bron: 'handmatig',
    bronId: factuurId,
    regels: [handmatigeRegel('H1')],
    vrijeVelden: { referentie: 'PO-4711' },
    bronOmschrijving: 'Advies op afroep',
    leverdatum: '2026-03-30',
    geheelVerdicht: { omschrijving: 'Advies maart', bedrag: '380.00' },
    verstrekkingswijze: 'emailPdf',
  })
  return opdracht
}

/**
 * The invoice-side entry points: manual invoices, their line edits, factureren concepten and journalising through
 * the dagboek. Makes the invoice the line edits work on and numbers the one the dagboek journalises.
 */
export const factuurIngangen = async ({ cockpit, dagboek }: Opzet): Promise<Ingang[]> => {
  let volgnummer = 0
  const nieuw = () => ++volgnummer
  const regels = await cockpit.factureerHandmatig(
    { administratie: ADM, factuurId: 'H-REGELS', opdracht: handmatigeOpdracht('H-REGELS') },
    opzetContext('fuzz-opzet-h-regels'),
  )
  if (regels._tag === 'Left') throw new Error(regels.left.message)
  const genummerd = await dagboek.kenFactuurnummerToe(
    { administratie: ADM, factuurId: 'F-JOURNAAL', integratiesoort: 'abonnementen' },
    opzetContext('fuzz-opzet-f-journaal'),
  )
  if (genummerd._tag === 'Left') throw new Error(genummerd.left.message)
  const factuurnummer = genummerd.right.factuurnummer

  return [
    {
      naam: 'cockpit.factureerHandmatig',
      geldig: () => {
        const factuurId = `H-FUZZ-${nieuw()}`
        return [
          {
            administratie: ADM,
            factuurId,
            opdracht: handmatigeOpdracht(factuurId),
            integratiesoort: 'verzamelfactuur',
          },
        ]
      },
      roep: een(cockpit.factureerHandmatig),
    },
    {
      naam: 'cockpit.factureerHandmatig (voorschot op een project)',
      geldig: () => {
        const factuurId = `V-FUZZ-${nieuw()}`
        const opdracht = werkvoorbeeldOpdracht({
          administratie: ADM,
          bron: 'handmatig',
          bronId: factuurId,
          regels: [{ ...handmatigeRegel('V1'), integratiegroep: 'VOORSCHOT' }],
        })
        return [{ administratie: ADM, factuurId, opdracht, voorschot: true }]
      },
      roep: een(cockpit.factureerHandmatig),
    },
    {
      naam: 'cockpit.voegRegelToe',
      geldig: () => [{ administratie: ADM, factuurId: 'H-REGELS', regel: handmatigeRegel(`H-EXTRA-${nieuw()}`) }],
      roep: een(cockpit.voegRegelToe),
    },
    {
      naam: 'cockpit.wijzigRegel',
      geldig: () => [
        { administratie: ADM, factuurId: 'H-REGELS', regel: { ...handmatigeRegel('H1'), bedrag: '399.00' } },
      ],
      roep: een(cockpit.wijzigRegel),
    },
    {
      naam: 'cockpit.factureerConcepten',
      geldig: () => [
        {
          administratie: ADM,
          runId: `R-CONCEPTEN-${nieuw()}`,
          factuurdatum: '2026-04-30',
          verstrekkenNaVoltooien: false,
          journaliserenNaVoltooien: true,
        },
      ],
      roep: een(cockpit.factureerConcepten),
    },
    {
      naam: 'dagboek.journaliseer',
      geldig: () => [
        {
          administratie: ADM,
          factuurId: 'F-JOURNAAL',
          integratiesoort: 'abonnementen',
          ...invoerVoor(werkvoorbeeldOpdracht({ administratie: ADM }), factuurnummer),
        },
      ],
      roep: een(dagboek.journaliseer),
    },
  ]
}
