import { Nacalculatieregel, vanNacalculatie } from '../../bronnen'
import { NacalculatieOpties } from '../opties'
import { bronactie } from '../run/bronactie'

/** R20 factureren nacalculatie: approved hours and costs; only with concepts off (R1). */
export const factureerNacalculatie = bronactie({
  actie: 'nacalculatie',
  naam: 'factureren nacalculatie',
  opties: NacalculatieOpties,
  regel: Nacalculatieregel,
  subject: 'Nacalculatieregel',
  naarRegel: vanNacalculatie,
  alleenZonderConcepten: true,
})
