import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { decimaal, weergaven } from '@factuurstroom/facturatie'
import type { Controle, Probleem } from './controle'

const { alleRelaties, controleerAansluiting, weergavenProjectie } = weergaven

/**
 * Open items reconciling with the journal per debiteur, and each journalised invoice's open item with its gross
 * total. Builds the views as it goes; feed it every decoded event, then ask for the `controle` at the end.
 */
export const openstaandePostenControle = () => {
  const view = weergavenProjectie.initialView()
  return {
    bekijk: (event: weergaven.WeergaveEvent, e: RecordedEvent): void => {
      weergavenProjectie.evolve(view, event, e)
    },
    controle: (): Controle => {
      const aansluiting = controleerAansluiting(view.journaal, view.openstaandePosten, alleRelaties)
      const problemen: Probleem[] = [
        ...aansluiting.verschillen.map((v) => ({
          melding: `debiteur ${v.debiteur} (${v.administratie}, ${v.valuta}): journal ${v.journaal}, open items ${v.openstaand}, difference ${v.verschil}`,
        })),
        ...aansluiting.zonderOpenstaandePost.map((k) => ({ melding: `journaalpost ${k} has no open item` })),
        ...aansluiting.zonderJournaalpost.map((k) => ({ melding: `open item ${k} has no journaalpost` })),
      ]
      for (const rij of view.facturen.facturen.values()) {
        if (!rij.gejournaliseerd || rij.factuurnummer === undefined) continue
        const post = view.openstaandePosten.posten.get(`${rij.administratie}|${rij.factuurnummer}`)
        if (post && !decimaal(post.bedrag).equals(rij.totaalBruto)) {
          problemen.push({
            melding: `invoice ${rij.factuurnummer}: gross ${rij.totaalBruto}, but its open item is ${post.bedrag}`,
            positie: post.positie,
          })
        }
      }
      return {
        naam: 'openstaande-posten',
        omschrijving: `open items reconcile with the journal and the invoices (journal ${aansluiting.totaalJournaal}, open items ${aansluiting.totaalOpenstaand})`,
        gecontroleerd: aansluiting.debiteuren,
        problemen,
      }
    },
  }
}
