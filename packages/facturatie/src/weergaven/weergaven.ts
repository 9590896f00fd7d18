import type { Projection } from '@factuurstroom/eventsourcing'
import { type ConceptenView, conceptenWeergave } from './concepten'
import { type FacturenView, facturenWeergave } from './facturen'
import { type JournaalView, journaalWeergave } from './journaal'
import { type OpenstaandePostenView, openstaandePostenWeergave } from './openstaande-posten'
import { type Weergave, type WeergaveEvent, weergaveRegistry } from './registry'

/** Every view, folded together in one pass over the log (each event decoded once). */
export interface Weergaven {
  readonly facturen: FacturenView
  readonly concepten: ConceptenView
  readonly openstaandePosten: OpenstaandePostenView
  readonly journaal: JournaalView
}

/** The name of one of the four views. */
export type WeergaveNaam = keyof Weergaven

/** The four views by name: facturen, concepten, openstaande posten and journaal. */
export const weergaven: { readonly [K in WeergaveNaam]: Weergave<Weergaven[K]> } = {
  facturen: facturenWeergave,
  concepten: conceptenWeergave,
  openstaandePosten: openstaandePostenWeergave,
  journaal: journaalWeergave,
}

/** One view as a kernel projection, to run, checkpoint and follow on its own. */
export const alsProjectie = <View>(weergave: Weergave<View>): Projection<View, WeergaveEvent> => ({
  name: weergave.naam,
  registry: weergaveRegistry,
  initialView: weergave.begin,
  evolve: (view, event, recorded) => {
    weergave.verwerk(view, event, recorded)
    return view
  },
})

/** All views as one projection: what `replay` and the audit CLI rebuild. */
export const weergavenProjectie: Projection<Weergaven, WeergaveEvent> = {
  name: 'weergaven',
  registry: weergaveRegistry,
  initialView: () => ({
    facturen: facturenWeergave.begin(),
    concepten: conceptenWeergave.begin(),
    openstaandePosten: openstaandePostenWeergave.begin(),
    journaal: journaalWeergave.begin(),
  }),
  evolve: (view, event, recorded) => {
    facturenWeergave.verwerk(view.facturen, event, recorded)
    conceptenWeergave.verwerk(view.concepten, event, recorded)
    openstaandePostenWeergave.verwerk(view.openstaandePosten, event, recorded)
    journaalWeergave.verwerk(view.journaal, event, recorded)
    return view
  },
}
