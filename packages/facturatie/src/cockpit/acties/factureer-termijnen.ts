import { Termijn, vanTermijn } from '../../bronnen'
import { TermijnenOpties } from '../opties'
import { bronactie } from '../run/bronactie'

/** R20 factureren termijnen: instalments reported ready; no credit option. */
export const factureerTermijnen = bronactie({
  actie: 'termijnen',
  naam: 'factureren termijnen',
  opties: TermijnenOpties,
  regel: Termijn,
  subject: 'Termijn',
  naarRegel: vanTermijn,
})
