import { Pakbonregel, vanPakbon } from '../../bronnen'
import { OrdermanagementOpties } from '../opties'
import { bronactie } from '../run/bronactie'

/** R20 factureren ordermanagement: delivered pakbonregels; no credit option, no journalise-after. */
export const factureerOrdermanagement = bronactie({
  actie: 'ordermanagement',
  naam: 'factureren ordermanagement',
  opties: OrdermanagementOpties,
  regel: Pakbonregel,
  subject: 'Pakbonregel',
  naarRegel: vanPakbon,
})
