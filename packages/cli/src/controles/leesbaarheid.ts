import type { RecordedEvent } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import { type Controle, type Probleem, waar } from './controle'

const { weergaveRegistry } = weergaven

/**
 * Every event of a type the views know decodes with its codec. Counts every event of the log and its last position;
 * `decodeer` gives the decoded event, or `undefined` for one of another type or one that does not decode.
 */
export const leesbaarheidControle = () => {
  const problemen: Probleem[] = []
  let events = 0
  let laatste: bigint | undefined
  return {
    tel: (e: RecordedEvent): void => {
      events++
      laatste = e.globalPosition
    },
    decodeer: (e: RecordedEvent): weergaven.WeergaveEvent | undefined => {
      const decoded = weergaveRegistry.decode(e)
      if (decoded._tag === 'Right') return decoded.right
      problemen.push({ melding: `${e.type} does not decode: ${decoded.left.message}`, ...waar(e) })
      return undefined
    },
    events: (): number => events,
    laatstePositie: (): string | undefined => laatste?.toString(),
    controle: (): Controle => ({
      naam: 'leesbaarheid',
      omschrijving: 'every event decodes with its codec',
      gecontroleerd: events,
      problemen,
    }),
  }
}
