import type { StoredForm } from '@factuurstroom/eventsourcing'
import { isVelden, metStandaarden, type Velden, zonderStandaarden } from '../gedeeld/opslag'
import { alsTabel, uitTabel } from '../gedeeld/tabel-opslag'

/** `YYYY-MM` of a date: a journaalpost's periode (of its boekdatum) and btw-periode (of its boekstukdatum). */
const maandVan = (datum: unknown): string | undefined => (typeof datum === 'string' ? datum.slice(0, 7) : undefined)

/** What a journaalpost holds twice: its dagboek is the event's, its periods follow from its dates, Σ credit = Σ debet. */
const journaalpostStandaarden = (journaalpost: Velden, dagboek: unknown): Velden => ({
  dagboek,
  periode: maandVan(journaalpost.boekdatum),
  btwPeriode: maandVan(journaalpost.boekstukdatum),
  totaalCredit: journaalpost.totaalDebet,
})

/** The amount of a debiteur line as the open item reads it: a credit line is owed the other way. */
const openstaandBedrag = (regel: Velden): unknown => {
  const { zijde, bedrag } = regel
  if (zijde === 'debet' || typeof bedrag !== 'string') return bedrag
  return bedrag.startsWith('-') ? bedrag.slice(1) : `-${bedrag}`
}

/**
 * What the open item shares with the rest of the event: its number (the event's), currency and invoice date (the
 * journaalpost's valuta and boekstukdatum), and its debiteur, amount and payment discount (the debiteur line's).
 */
const openstaandePostStandaarden = (journaalpost: unknown, factuurnummer: unknown): Velden => {
  const post = isVelden(journaalpost) ? journaalpost : {}
  const regels = Array.isArray(post.regels) ? post.regels : []
  const debiteurregel: Velden = regels.find((r) => isVelden(r) && r.soort === 'debiteur') ?? {}
  return {
    factuurnummer,
    valuta: post.valuta,
    factuurdatum: post.boekstukdatum,
    debiteur: debiteurregel.debiteur,
    bedrag: openstaandBedrag(debiteurregel),
    betalingskorting: debiteurregel.betalingskorting,
  }
}

interface Gejournaliseerd {
  readonly dagboek: string
  readonly factuurnummer: string
  readonly journaalpost: Velden & { readonly regels: readonly Velden[] }
  readonly openstaandePost: Velden
}

/**
 * Gejournaliseerd as stored (version 3): the journaalpost without its dagboek (the event's), its periode and
 * btwPeriode where they are the months of its boekdatum and boekstukdatum, and its totaalCredit where it equals its
 * totaalDebet; its lines as a table (`alsTabel`). The openstaande post without its factuurnummer (the event's), its
 * valuta and factuurdatum (the journaalpost's valuta and boekstukdatum) and its debiteur, bedrag and betalingskorting
 * (the debiteur line's; a credit line's bedrag negated). What differs is kept; what is absent although it has a
 * standaard is stored as `null`.
 */
export const gejournaliseerdOpslag: StoredForm = {
  compact: (encoded) => {
    const data = encoded as Gejournaliseerd
    const { journaalpost, openstaandePost } = data
    return {
      ...data,
      journaalpost: {
        ...zonderStandaarden(journaalpost, journaalpostStandaarden(journaalpost, data.dagboek)),
        regels: alsTabel(journaalpost.regels),
      },
      openstaandePost: zonderStandaarden(openstaandePost, openstaandePostStandaarden(journaalpost, data.factuurnummer)),
    }
  },
  expand: (stored) => {
    if (!isVelden(stored)) return stored
    const opgeslagen = stored.journaalpost
    const journaalpost = isVelden(opgeslagen)
      ? {
          ...metStandaarden(opgeslagen, journaalpostStandaarden(opgeslagen, stored.dagboek)),
          regels: uitTabel(opgeslagen.regels, 'journaalpost.regels'),
        }
      : opgeslagen
    const openstaandePost = isVelden(stored.openstaandePost)
      ? metStandaarden(stored.openstaandePost, openstaandePostStandaarden(journaalpost, stored.factuurnummer))
      : stored.openstaandePost
    return { ...stored, journaalpost, openstaandePost }
  },
}
