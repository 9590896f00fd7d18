export { Abonnementsregel, isVerschuldigd } from './abonnementen'
export { BronProject, isTeCrediteren } from './basis'
export type { Conceptfactuur } from './concepten'
export { Cursusinschrijving } from './cursussen'
export { Nacalculatieregel } from './nacalculatie'
export {
  teFacturerenRegelId,
  vanAbonnement,
  vanConcept,
  vanCursus,
  vanNacalculatie,
  vanPakbon,
  vanTermijn,
} from './normaliseer'
export { Pakbonregel } from './ordermanagement'
export { TeFacturerenBronkop, TeFacturerenRegel } from './te-factureren-regel'
export { Termijn } from './termijnen'
