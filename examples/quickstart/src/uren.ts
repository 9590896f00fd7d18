import {
  type Decider,
  type DomainError,
  defineEvent,
  type EventOf,
  eventRegistry,
  evolveWithImmer,
} from '@factuurstroom/eventsourcing'
import { alsBedrag, codecs, Geld } from '@factuurstroom/facturatie'
import { left, right } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'

/** A host's own tiny aggregate: hours booked on a project, each line valued at quantity × price. */
export const UrenGeboekt = defineEvent(
  'UrenGeboekt',
  t.type({
    project: codecs.Code,
    werksoort: codecs.Code,
    aantal: codecs.Decimaal,
    prijs: codecs.Decimaal,
    bedrag: codecs.Bedrag,
  }),
)
export const ProjectGesloten = defineEvent('ProjectGesloten', t.type({ project: codecs.Code }))
const definitions = [UrenGeboekt, ProjectGesloten] as const
export const urenEvents = eventRegistry(definitions)
export type UrenEvent = EventOf<typeof definitions>

export const BoekUren = t.type({
  project: codecs.Code,
  werksoort: codecs.Code,
  aantal: codecs.Decimaal,
  prijs: codecs.Decimaal,
})
export type UrenCommand = ({ type: 'BoekUren' } & t.TypeOf<typeof BoekUren>) | { type: 'SluitProject'; project: string }
export type UrenError = DomainError<'PROJECT_GESLOTEN'>

export const urenDecider: Decider<UrenCommand, UrenEvent, { gesloten: boolean }, UrenError> = {
  initialState: () => ({ gesloten: false }),
  decide: (command, state) => {
    if (state.gesloten) {
      return left({
        code: 'PROJECT_GESLOTEN',
        message: `Project ${command.project} is closed; reopen it or book on another project.`,
      })
    }
    if (command.type === 'SluitProject') return right([{ type: 'ProjectGesloten', data: { project: command.project } }])
    const bedrag = Geld.regelbedrag(command.aantal, command.prijs, 'EUR')
    return right([
      {
        type: 'UrenGeboekt',
        data: {
          project: command.project,
          werksoort: command.werksoort,
          aantal: command.aantal,
          prijs: command.prijs,
          bedrag: alsBedrag(bedrag.bedrag),
        },
      },
    ])
  },
  // One recipe on a draft gives both evolve and evolveAll (a whole history in one immer produce: linear loads).
  ...evolveWithImmer<{ gesloten: boolean }, UrenEvent>((draft, event) => {
    if (event.type === 'ProjectGesloten') draft.gesloten = true
  }),
}
