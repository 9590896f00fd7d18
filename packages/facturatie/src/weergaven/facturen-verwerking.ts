import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import type { Factuurbron, Factuurregel } from '../gedeeld/factuuropdracht'
import { decimaal } from '../geld'
import { volgToewijzing } from './autorisatie'
import { type FacturenView, type FactuurRij, type FactuurregelRij, factuurSleutel } from './facturen-model'
import { herkomstVan, type WeergaveEvent, type WeergaveEventVan } from './registry'

type Herkomst = ReturnType<typeof herkomstVan>

/** The facturen view's fold: the declarant assignments, then the one handler for the event's type. */
export const verwerkFactuurEvent = (view: FacturenView, event: WeergaveEvent, recorded: RecordedEvent): void => {
  const herkomst = herkomstVan(recorded)
  volgToewijzing(view.declaranten, event)
  switch (event.type) {
    case 'FactuurAangemaakt':
      factuurAangemaakt(view, event, herkomst)
      break
    case 'FactuurregelsAangevuld':
      factuurregelsAangevuld(view, event, herkomst)
      break
    case 'FactuurregelToegevoegd':
    case 'FactuurregelGewijzigd':
      factuurregelVastgelegd(view, event, herkomst)
      break
    case 'Gefactureerd':
      gefactureerd(view, event, herkomst)
      break
    case 'FactuurVerstrekt':
      factuurVerstrekt(view, event, herkomst)
      break
    case 'FactuurGejournaliseerd':
      factuurGejournaliseerd(view, event, herkomst)
      break
    case 'FactuurGecrediteerd':
      factuurGecrediteerd(view, event, herkomst)
      break
  }
}

/** R22: numbered, then verwerkt once fully issued and journalised. */
const verwerkt = (rij: FactuurRij): void => {
  rij.status =
    rij.factuurnummer === undefined
      ? 'aangemaakt'
      : rij.volledigVerstrekt && rij.gejournaliseerd
        ? 'verwerkt'
        : 'nietVerwerkt'
}

/** What an invoice's line rows take from the invoice itself. */
interface Regelcontext {
  readonly administratie: string
  readonly factuurId: string
  readonly factuurnummer: string | undefined
  readonly bron: Factuurbron
  readonly bronId: string
  readonly verkooprelatie: string
  readonly factuurdatum: string
  /** The invoice's project number, for its lines without their own. */
  readonly project: string | undefined
}

type Regelinfo = WeergaveEventVan<'FactuurAangemaakt'>['data']['regels'][number]

/** What a line row reads from the line itself: all a manual line's edit may change (R23). */
const regelInhoud = (regel: Factuurregel) => ({
  omschrijving: regel.omschrijving,
  soort: regel.soort,
  bedrag: regel.bedrag,
  btwCode: regel.btwCode,
  btwPercentage: regel.btwPercentage,
  integratiegroep: regel.integratiegroep,
  aantal: regel.aantal,
  prijs: regel.prijs,
  itemcode: regel.itemcode,
})

/** One line's row at position `volgorde`, with its status and where it came from. */
const regelRij = (
  c: Regelcontext,
  volgorde: number,
  regel: Factuurregel,
  { status, herkomst }: Pick<Regelinfo, 'status' | 'herkomst'>,
): FactuurregelRij => ({
  administratie: c.administratie,
  factuurId: c.factuurId,
  factuurnummer: c.factuurnummer,
  volgorde,
  regelId: regel.regelId,
  ...regelInhoud(regel),
  project: regel.project?.nummer ?? c.project,
  status,
  bron: herkomst.bron,
  bronId: herkomst.bronId,
  bronRegelId: herkomst.bronRegelId,
  verkooprelatie: c.verkooprelatie,
  factuurdatum: c.factuurdatum,
  gecrediteerd: '0.00',
})

/** One row per line of a new invoice (or of its next part, from position `vanaf`), with where each came from. */
const regelRijen = (
  c: Regelcontext,
  vanaf: number,
  regels: readonly Factuurregel[],
  info: readonly Regelinfo[],
): FactuurregelRij[] =>
  regels.map((regel, i) =>
    regelRij(c, vanaf + i, regel, info[i] ?? { status: 'Afgehandeld', herkomst: { bron: c.bron, bronId: c.bronId } }),
  )

const factuurAangemaakt = (
  view: FacturenView,
  event: WeergaveEventVan<'FactuurAangemaakt'>,
  { positie, vastgelegdOp }: Herkomst,
): void => {
  const d = event.data
  const o = d.opdracht
  const key = factuurSleutel(d.administratie, d.factuurId)
  const context = {
    administratie: d.administratie,
    factuurId: d.factuurId,
    factuurnummer: undefined,
    bron: d.bron,
    bronId: d.bronId,
    verkooprelatie: o.verkooprelatie.nummer,
    factuurdatum: o.factuurdatum,
    project: o.project?.nummer,
  }
  const regels = regelRijen(context, 0, o.regels, d.regels)
  const teVerstrekken = d.verstrekkingen.map((v) => v.rapport)
  const rij: FactuurRij = {
    administratie: d.administratie,
    factuurId: d.factuurId,
    factuurnummer: undefined,
    dagboek: undefined,
    bron: d.bron,
    bronId: d.bronId,
    integratiesoort: d.integratiesoort,
    soort: d.bron === 'verzamelfactuur' ? 'verzamel' : 'apart',
    verkooprelatie: o.verkooprelatie.nummer,
    verkooprelatieNaam: o.verkooprelatie.naam,
    factuurrelatie: o.factuurrelatie.nummer,
    factuurrelatieNaam: o.factuurrelatie.naam,
    factuurdatum: o.factuurdatum,
    valuta: o.valuta,
    totaalNetto: d.btw.totaalNetto,
    totaalBtw: d.btw.totaalBtw,
    totaalBruto: d.btw.totaalBruto,
    aantalRegels: regels.length,
    teVerstrekken,
    verstrekt: [],
    // Nothing to issue means nothing is outstanding on that side.
    volledigVerstrekt: teVerstrekken.length === 0,
    gejournaliseerd: false,
    boekdatum: undefined,
    gecrediteerd: '0.00',
    creditnotaVan: d.creditnota?.origineelFactuurnummer,
    status: 'aangemaakt',
    aangemaaktOp: vastgelegdOp,
    positie,
  }
  view.facturen.set(key, rij)
  view.regels.set(key, regels)
}

/** The next lines of an invoice recorded in parts: its rows read as if the invoice had been one event. */
const factuurregelsAangevuld = (
  view: FacturenView,
  { data: d }: WeergaveEventVan<'FactuurregelsAangevuld'>,
  { positie }: Herkomst,
): void => {
  const key = factuurSleutel(d.administratie, d.factuurId)
  const rij = view.facturen.get(key)
  const regels = view.regels.get(key)
  if (!rij || !regels) return
  regels.push(...regelRijen({ ...rij, project: d.project }, d.vanaf, d.opdrachtregels, d.regels))
  rij.aantalRegels = regels.length
  rij.positie = positie
}

/** A manual line added or edited (R23): the line as it now reads, and the invoice's new totals. */
const factuurregelVastgelegd = (
  view: FacturenView,
  event: WeergaveEventVan<'FactuurregelToegevoegd' | 'FactuurregelGewijzigd'>,
  { positie }: Herkomst,
): void => {
  const d = event.data
  const key = factuurSleutel(d.administratie, d.factuurId)
  const rij = view.facturen.get(key)
  const regels = view.regels.get(key)
  if (!rij || !regels) return
  const bestaand = regels.find((r) => r.regelId === d.regel.regelId)
  if (bestaand) {
    Object.assign(bestaand, regelInhoud(d.regel))
  } else if (event.type === 'FactuurregelToegevoegd') {
    regels.push(regelRij({ ...rij, project: undefined }, regels.length, d.regel, event.data))
  }
  rij.aantalRegels = regels.length
  rij.totaalNetto = d.btw.totaalNetto
  rij.totaalBtw = d.btw.totaalBtw
  rij.totaalBruto = d.btw.totaalBruto
  rij.positie = positie
}

/** Changes an invoice's row, if the view holds it, and recomputes its status (R22). */
const werkBij = (
  view: FacturenView,
  factuur: { readonly administratie: string; readonly factuurId: string },
  positie: string,
  wijzig: (rij: FactuurRij) => void,
): void => {
  const rij = view.facturen.get(factuurSleutel(factuur.administratie, factuur.factuurId))
  if (!rij) return
  wijzig(rij)
  rij.positie = positie
  verwerkt(rij)
}

/** Numbered by the dagboek: the number on the invoice and its lines (the totals are the invoice's own). */
const gefactureerd = (view: FacturenView, { data: d }: WeergaveEventVan<'Gefactureerd'>, { positie }: Herkomst) =>
  werkBij(view, d, positie, (rij) => {
    rij.factuurnummer = d.factuurnummer
    rij.dagboek = d.dagboek
    for (const regel of view.regels.get(factuurSleutel(d.administratie, d.factuurId)) ?? []) {
      regel.factuurnummer = d.factuurnummer
    }
  })

const factuurVerstrekt = (
  view: FacturenView,
  { data: d }: WeergaveEventVan<'FactuurVerstrekt'>,
  { positie }: Herkomst,
) =>
  werkBij(view, d, positie, (rij) => {
    if (!rij.verstrekt.includes(d.rapport)) rij.verstrekt.push(d.rapport)
    rij.volledigVerstrekt = rij.volledigVerstrekt || d.volledigVerstrekt
  })

const factuurGejournaliseerd = (
  view: FacturenView,
  { data: d }: WeergaveEventVan<'FactuurGejournaliseerd'>,
  { positie }: Herkomst,
) =>
  werkBij(view, d, positie, (rij) => {
    rij.gejournaliseerd = true
    rij.boekdatum = d.boekdatum
  })

/** R31: what is credited, per line and for the invoice, in the invoice's own sign. */
const factuurGecrediteerd = (
  view: FacturenView,
  event: WeergaveEventVan<'FactuurGecrediteerd'>,
  { positie }: Herkomst,
): void => {
  const key = factuurSleutel(event.data.administratie, event.data.factuurId)
  const rij = view.facturen.get(key)
  if (!rij) return
  let totaal = decimaal(rij.gecrediteerd)
  const regels = view.regels.get(key) ?? []
  for (const { regelId, bedrag } of event.data.regels) {
    totaal = totaal.plus(bedrag)
    const regel = regels.find((r) => r.regelId === regelId)
    if (regel) regel.gecrediteerd = decimaal(regel.gecrediteerd).plus(bedrag).toFixed(2)
  }
  rij.gecrediteerd = totaal.toFixed(2)
  rij.positie = positie
}
