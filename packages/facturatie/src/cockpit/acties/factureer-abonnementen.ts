import { Abonnementsregel, isVerschuldigd, vanAbonnement } from '../../bronnen'
import { AbonnementenOpties } from '../opties'
import { bronactie } from '../run/bronactie'
import { metCredit } from './met-credit'

/** R20 factureren abonnementen: due lines by peildatum; credit lines only with "meenemen te crediteren regels". */
export const factureerAbonnementen = bronactie({
  actie: 'abonnementen',
  naam: 'factureren abonnementen',
  opties: AbonnementenOpties,
  regel: Abonnementsregel,
  subject: 'Abonnementsregel',
  naarRegel: vanAbonnement,
  meegenomen: (regels, o) =>
    metCredit(regels, o.meenemenTeCrediterenRegels).filter((r) => isVerschuldigd(r, o.peildatum)),
})
