import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import type { weergaven } from '@factuurstroom/facturatie'
import { type Controle, type Probleem, waar } from './controle'

interface Reeksstand {
  volgende: number
  readonly dagboek: string
}

/**
 * Invoice numbers unique per environment (the store) and gapless per series (R27, R32), and every invoice carrying
 * the number its dagboek issued to it. Feed it every decoded event in log order, then ask for the `controle`.
 */
export const factuurnummerControle = () => {
  const problemen: Probleem[] = []
  const gezien = new Map<string, string>()
  const reeksen = new Map<string, Reeksstand>()
  const uitgegeven = new Map<string, string>()
  let aantal = 0

  const nummerToegekend = (d: NummerToegekend['data'], e: RecordedEvent): void => {
    aantal++
    const key = `${d.administratie}|${d.dagboek}`
    const stand = reeksen.get(key)
    if (!stand) {
      problemen.push({
        melding: `number ${d.factuurnummer} issued in dagboek ${key} before its series started`,
        ...waar(e),
      })
    } else if (d.volgnummer !== stand.volgende) {
      problemen.push({
        melding:
          d.volgnummer > stand.volgende
            ? `series of dagboek ${key} has a gap: expected ${stand.volgende}, got ${d.volgnummer} (${d.volgnummer - stand.volgende} number(s) missing)`
            : `series of dagboek ${key} repeats or goes back: expected ${stand.volgende}, got ${d.volgnummer}`,
        ...waar(e),
      })
    }
    if (stand) stand.volgende = Math.max(stand.volgende, d.volgnummer + 1)
    const eerder = gezien.get(d.factuurnummer)
    if (eerder !== undefined) {
      problemen.push({
        melding: `invoice number ${d.factuurnummer} issued twice (first at position ${eerder})`,
        ...waar(e),
      })
    } else gezien.set(d.factuurnummer, e.globalPosition.toString())
    uitgegeven.set(`${d.administratie}|${d.factuurId}`, d.factuurnummer)
  }

  const gefactureerd = (d: Gefactureerd['data'], e: RecordedEvent): void => {
    const nummer = uitgegeven.get(`${d.administratie}|${d.factuurId}`)
    if (nummer !== d.factuurnummer) {
      problemen.push({
        melding: `invoice ${d.factuurId} carries number ${d.factuurnummer}, but its dagboek issued ${nummer ?? 'none'} to it`,
        ...waar(e),
      })
    }
  }

  return {
    bekijk: (event: weergaven.WeergaveEvent, e: RecordedEvent): void => {
      if (event.type === 'NummeringGestart') {
        reeksen.set(`${event.data.administratie}|${event.data.dagboek}`, {
          volgende: event.data.reeks.laatsteFactuurnummer + 1,
          dagboek: event.data.dagboek,
        })
      } else if (event.type === 'FactuurnummerToegekend') nummerToegekend(event.data, e)
      else if (event.type === 'Gefactureerd') gefactureerd(event.data, e)
    },
    controle: (): Controle => ({
      naam: 'factuurnummers',
      omschrijving: 'invoice numbers unique per environment and gapless per series (R27, R32)',
      gecontroleerd: aantal,
      problemen,
    }),
  }
}

type NummerToegekend = Extract<weergaven.WeergaveEvent, { type: 'FactuurnummerToegekend' }>
type Gefactureerd = Extract<weergaven.WeergaveEvent, { type: 'Gefactureerd' }>
