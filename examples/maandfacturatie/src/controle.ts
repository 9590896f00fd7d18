import { decimaal, NUL } from '@factuurstroom/facturatie'
import { weergaven } from './facturatie'
import type { Maand } from './genereer'
import type { AdministratieUitkomst } from './maand'
import { type Cockpitweergaven, nietVerwerkt, totaal } from './weergaven'

/** One check the job makes on its own outcome; `ok` false means the month is wrong, and `uitleg` says how. */
export interface Controle {
  readonly naam: string
  readonly ok: boolean
  readonly uitleg: string
}

/** R30: every journaalpost balances, and so does the whole journal. */
export const journaalInBalans = (view: Cockpitweergaven): Controle => {
  let debet = NUL
  let credit = NUL
  for (const saldo of view.journaal.values()) {
    debet = debet.plus(saldo.debet)
    credit = credit.plus(saldo.credit)
  }
  const ok = debet.equals(credit) && view.journaalposten.nietInBalans.length === 0
  return {
    naam: 'journal balances',
    ok,
    uitleg: `${view.journaalposten.aantal} journaalposten; Σ debet ${debet.toFixed(2)} ${ok ? '=' : '≠'} Σ credit ${credit.toFixed(2)}${
      view.journaalposten.nietInBalans.length > 0
        ? `; out of balance: ${view.journaalposten.nietInBalans.join(', ')}`
        : ''
    }`,
  }
}

/** R27: every number unique in the omgeving, and each dagboek's series gapless from its laatste factuurnummer. */
export const nummeringGapless = (view: Cockpitweergaven, maand: Maand): Controle => {
  const problemen: string[] = []
  const alle = new Set<string>()
  let aantal = 0
  for (const n of view.nummering.values()) {
    const adm = maand.administraties.find((a) => a.code === n.administratie)
    const start = n.dagboek === '70' ? adm?.reeks.van : adm?.creditReeks.van
    n.volgnummers.forEach((volgnummer, i) => {
      if (start !== undefined && volgnummer !== start + i + 1)
        problemen.push(`${n.administratie}/${n.dagboek}: #${i + 1} is ${volgnummer}, expected ${start + i + 1}`)
    })
    for (const nummer of n.factuurnummers) {
      if (alle.has(nummer)) problemen.push(`${nummer} issued twice`)
      alle.add(nummer)
      aantal++
    }
  }
  return {
    naam: 'invoice numbers unique and gapless per series',
    ok: problemen.length === 0,
    uitleg:
      problemen.length === 0
        ? `${aantal} numbers in ${view.nummering.size} series, no gaps, no duplicates`
        : problemen.slice(0, 5).join('; '),
  }
}

/** Per nacalculatie line on a factureerbaar concept (R11), that concept: `administratie|nacalculatieregel` → `administratie|concept`. */
const opFactureerbaarConcept = (view: Cockpitweergaven): Map<string, string> => {
  const concepten = new Map<string, string>()
  for (const [k, nacalculatieRegelId] of view.conceptregels) {
    const [administratie = '', conceptId = ''] = k.split('|')
    const concept = `${administratie}|${conceptId}`
    if (view.factureerbaar.has(concept)) concepten.set(`${administratie}|${nacalculatieRegelId}`, concept)
  }
  return concepten
}

/**
 * R10, R11, R21: every booked nacalculatie line is on exactly one invoice, unless it was written off or deferred (then
 * on none) or booked after the invoicing run (then on none, waiting on a factureerbaar concept); in particular the
 * blocked relatie's lines were invoiced exactly once after the recovery.
 */
export const nacalculatieEenmaalGefactureerd = (
  view: Cockpitweergaven,
  maand: Maand,
  uitkomsten: readonly AdministratieUitkomst[],
): Controle[] => {
  const problemen: string[] = []
  const geblokkeerd: { relatie: string; regels: number; eenmaal: number }[] = []
  const wachtend = opFactureerbaarConcept(view)
  const telling = { regels: 0, gefactureerd: 0, afgeboekt: 0, doorgeschoven: 0, wachtend: 0 }
  const wachtendOp = new Set<string>()
  for (const adm of maand.administraties) {
    const uitkomst = uitkomsten.find((u) => u.code === adm.code)
    const afgeboekt = new Set(uitkomst?.afgeboekt)
    const doorgeschoven = new Set(uitkomst?.doorgeschoven)
    for (const relatie of adm.relaties) {
      const lijst = adm.nacalculatie.get(relatie.nummer) ?? []
      let eenmaal = 0
      for (const regel of lijst) {
        const facturen = view.gefactureerdeNacalculatie.get(`${adm.code}|${regel.regelId}`) ?? []
        const soort = afgeboekt.has(regel.regelId)
          ? 'afgeboekt'
          : doorgeschoven.has(regel.regelId)
            ? 'doorgeschoven'
            : 'gefactureerd'
        const verwacht = soort === 'gefactureerd' ? 1 : 0
        if (facturen.length === 1) eenmaal++
        if (facturen.length === verwacht) telling[soort]++
        else problemen.push(`${adm.code} ${regel.regelId}: on ${facturen.length} invoices, expected ${verwacht}`)
      }
      for (const regel of adm.nagekomen.get(relatie.nummer) ?? []) {
        const facturen = view.gefactureerdeNacalculatie.get(`${adm.code}|${regel.regelId}`) ?? []
        const concept = wachtend.get(`${adm.code}|${regel.regelId}`)
        if (facturen.length === 0 && concept !== undefined) {
          telling.wachtend++
          wachtendOp.add(concept)
        } else
          problemen.push(
            `${adm.code} ${regel.regelId} (booked after the run): on ${facturen.length} invoices, ${concept ? 'on' : 'not on'} a factureerbaar concept`,
          )
      }
      telling.regels += lijst.length + (adm.nagekomen.get(relatie.nummer)?.length ?? 0)
      if (relatie.geblokkeerd) geblokkeerd.push({ relatie: relatie.nummer, regels: lijst.length, eenmaal })
    }
  }
  return [
    {
      naam: 'every nacalculatie line invoiced once, deferred, written off or waiting on a factureerbaar concept',
      ok: problemen.length === 0,
      uitleg:
        problemen.length === 0
          ? `${telling.regels} lines: ${telling.gefactureerd} invoiced once, ${telling.doorgeschoven} deferred, ${telling.afgeboekt} written off, ${telling.wachtend} booked after the run waiting on ${wachtendOp.size} factureerbaar concepts`
          : problemen.slice(0, 5).join('; '),
    },
    ...geblokkeerd.map(({ relatie, regels: aantal, eenmaal }) => ({
      naam: `blocked relatie ${relatie} invoiced exactly once after recovery (R21)`,
      ok: aantal > 0 && eenmaal === aantal,
      uitleg: `${eenmaal} of ${aantal} lines on exactly one invoice`,
    })),
  ]
}

/**
 * The views reconcile: invoice lines add up to the invoices' net totals; journalised invoices' gross totals equal
 * the open items and the debiteuren debit in the journal; "niet verwerkt" holds exactly the unissued or
 * unjournalised invoices.
 */
export const weergavenSluiten = (view: Cockpitweergaven): Controle => {
  const facturen = [...view.facturen.values()]
  const netto = totaal(facturen.map((f) => f.totaalNetto))
  const regels = totaal(view.regels.map((r) => r.bedrag))
  const bruto = totaal(facturen.filter((f) => f.gejournaliseerd).map((f) => f.totaalBruto))
  const open = totaal([...view.openstaand.values()].map((p) => p.bedrag))
  let debiteuren = NUL
  for (const [k, saldo] of view.journaal)
    if (k.endsWith('|1300')) debiteuren = debiteuren.plus(saldo.debet).minus(saldo.credit)
  const niet = nietVerwerkt(view).length
  const verwachtNiet = facturen.filter((f) => !f.verstrekt || !f.gejournaliseerd).length
  const ok = netto.equals(regels) && bruto.equals(open) && open.equals(debiteuren) && niet === verwachtNiet
  return {
    naam: 'views reconcile (lines = invoices, invoices = open items = debiteuren in the journal)',
    ok,
    uitleg: `Σ lines ${regels.toFixed(2)} / Σ invoices net ${netto.toFixed(2)}; Σ journalised gross ${bruto.toFixed(2)} / Σ open items ${open.toFixed(2)} / debiteuren 1300 ${debiteuren.toFixed(2)}; niet verwerkt ${niet}`,
  }
}

export const controleer = (
  view: Cockpitweergaven,
  maand: Maand,
  uitkomsten: readonly AdministratieUitkomst[],
): Controle[] => [
  journaalInBalans(view),
  nummeringGapless(view, maand),
  ...nacalculatieEenmaalGefactureerd(view, maand, uitkomsten),
  weergavenSluiten(view),
]

/**
 * The library's views (what the job prints) agree with the job's own fold: the same invoices with the same gross
 * total, the same open items, and open items reconciling with the journal per debiteur (`controleerAansluiting`).
 */
export const bibliotheekweergavenSluiten = (bibliotheek: weergaven.Weergaven, eigen: Cockpitweergaven): Controle => {
  const facturen = weergaven.alleFacturen(bibliotheek.facturen, weergaven.alleRelaties).rijen
  const bruto = totaal(facturen.map((f) => f.totaalBruto))
  const eigenBruto = totaal([...eigen.facturen.values()].map((f) => f.totaalBruto))
  const aansluiting = weergaven.controleerAansluiting(
    bibliotheek.journaal,
    bibliotheek.openstaandePosten,
    weergaven.alleRelaties,
  )
  const niet = weergaven.nietVerwerkteFacturen(bibliotheek.facturen, weergaven.alleRelaties).totaal
  const ok =
    facturen.length === eigen.facturen.size &&
    bruto.equals(eigenBruto) &&
    aansluiting.klopt &&
    decimaal(aansluiting.totaalOpenstaand).equals(totaal([...eigen.openstaand.values()].map((p) => p.bedrag))) &&
    niet === nietVerwerkt(eigen).length
  return {
    naam: "the library's views agree with the job's own fold; open items reconcile with the journal per debiteur",
    ok,
    uitleg: `${facturen.length}/${eigen.facturen.size} invoices, Σ bruto ${bruto.toFixed(2)}/${eigenBruto.toFixed(2)}; journal ${aansluiting.totaalJournaal} / open items ${aansluiting.totaalOpenstaand} over ${aansluiting.debiteuren} debiteuren${aansluiting.verschillen.length > 0 ? `, ${aansluiting.verschillen.length} differences` : ''}; niet verwerkt ${niet}/${nietVerwerkt(eigen).length}`,
  }
}
