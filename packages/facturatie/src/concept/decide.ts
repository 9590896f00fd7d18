import type { Decider } from '@factuurstroom/eventsourcing'
import type { ConceptCommand } from './commands'
import type { Beslissing } from './decide/beslissing'
import { boekRegelsOver } from './decide/boek-regels-over'
import { neemRegelsOver } from './decide/neem-regels-over'
import { stelFactureerbaar, stelNietFactureerbaar, stelUit } from './decide/status'
import { verwijderConcept } from './decide/verwijder-concept'
import { voegNacalculatieRegelsToe } from './decide/voeg-nacalculatie-regels-toe'
import { voegPlusRegelToe } from './decide/voeg-plus-regel-toe'
import { voegVoorschotRegelToe } from './decide/voeg-voorschot-regel-toe'
import { wijzigBtwPlicht } from './decide/wijzig-btw-plicht'
import { wijzigVerdichteRegelBedrag } from './decide/wijzig-verdichte-regel-bedrag'
import { wijzigVerwerkingsmethode } from './decide/wijzig-verwerkingsmethode'
import type { ConceptFout } from './errors'
import type { ConceptEvent } from './events'
import { evolveConcept, evolveConceptAll } from './evolve'
import { decideFactureer } from './facturering'
import { type ConceptState, initialConceptState } from './state'

/** Decides one concept command on the concept's state; each command has its own function in `decide/`. */
export const decideConcept = (command: ConceptCommand, state: ConceptState): Beslissing => {
  switch (command.type) {
    case 'VoegNacalculatieRegelsToe':
      return voegNacalculatieRegelsToe(command, state)
    case 'VoegPlusRegelToe':
      return voegPlusRegelToe(command, state)
    case 'VoegVoorschotRegelToe':
      return voegVoorschotRegelToe(command, state)
    case 'WijzigVerwerkingsmethode':
      return wijzigVerwerkingsmethode(command, state)
    case 'WijzigVerdichteRegelBedrag':
      return wijzigVerdichteRegelBedrag(command, state)
    case 'BoekRegelsOver':
      return boekRegelsOver(command, state)
    case 'NeemRegelsOver':
      return neemRegelsOver(command, state)
    case 'WijzigBtwPlicht':
      return wijzigBtwPlicht(command, state)
    case 'StelFactureerbaar':
      return stelFactureerbaar(command, state)
    case 'StelNietFactureerbaar':
      return stelNietFactureerbaar(command, state)
    case 'StelUit':
      return stelUit(command, state)
    case 'FactureerConcept':
      return decideFactureer(command, state)
    case 'VerwijderConcept':
      return verwijderConcept(command, state)
  }
}

/** The concept aggregate: decide per command, evolve per event. */
export const conceptDecider: Decider<ConceptCommand, ConceptEvent, ConceptState, ConceptFout> = {
  initialState: initialConceptState,
  decide: decideConcept,
  evolve: evolveConcept,
  evolveAll: evolveConceptAll,
}
