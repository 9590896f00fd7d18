import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { dagboek, NUL } from '@factuurstroom/facturatie'
import { type Controle, type Probleem, waar } from './controle'

interface Vastgelegd {
  readonly factuurnummer?: unknown
  readonly dagboek?: unknown
  readonly journaalpost?: {
    regels?: { zijde: string; bedrag: string }[]
    totaalDebet?: string
    totaalCredit?: string
  }
}

const { storedForm } = dagboek.Gejournaliseerd

/**
 * The recorded data as written, the current version's stored form expanded (not validated): a post that no longer
 * decodes is still summed; one whose stored form does not even expand is summed as it stands (decoding reports it).
 */
const vastgelegd = (e: RecordedEvent): Vastgelegd => {
  if (!storedForm || e.schemaVersion !== dagboek.Gejournaliseerd.version) return e.data as Vastgelegd
  try {
    return storedForm.expand(e.data) as Vastgelegd
  } catch {
    return e.data as Vastgelegd
  }
}

/**
 * Every journaalpost in balance (R30), read from the recorded data as written (see `vastgelegd`). Feed it every
 * recorded `Gejournaliseerd`, then ask for the `controle`.
 */
export const journaalpostControle = () => {
  const problemen: Probleem[] = []
  let aantal = 0
  return {
    bekijk: (e: RecordedEvent): void => {
      if (e.type !== 'Gejournaliseerd') return
      aantal++
      const data = vastgelegd(e)
      const post = data.journaalpost
      let debet = NUL
      let credit = NUL
      for (const r of Array.isArray(post?.regels) ? post.regels : []) {
        if (r.zijde === 'debet') debet = debet.plus(r.bedrag)
        else credit = credit.plus(r.bedrag)
      }
      if (
        !debet.equals(credit) ||
        !debet.equals(post?.totaalDebet ?? 'NaN') ||
        !credit.equals(post?.totaalCredit ?? 'NaN')
      ) {
        problemen.push({
          melding: `journaalpost of ${String(data.factuurnummer)} (dagboek ${String(data.dagboek)}) is not in balance: debet ${debet.toFixed(2)}, credit ${credit.toFixed(2)}, recorded totals ${String(post?.totaalDebet)} / ${String(post?.totaalCredit)}`,
          ...waar(e),
        })
      }
    },
    controle: (): Controle => ({
      naam: 'journaalposten',
      omschrijving: 'every journaalpost balances (R30)',
      gecontroleerd: aantal,
      problemen,
    }),
  }
}
