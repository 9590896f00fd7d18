import { Cursusinschrijving, vanCursus } from '../../bronnen'
import { CursussenOpties } from '../opties'
import { bronactie } from '../run/bronactie'
import { metCredit } from './met-credit'

/** R20 factureren cursussen: as abonnementen without peildatum. */
export const factureerCursussen = bronactie({
  actie: 'cursussen',
  naam: 'factureren cursussen',
  opties: CursussenOpties,
  regel: Cursusinschrijving,
  subject: 'Cursusinschrijving',
  naarRegel: vanCursus,
  meegenomen: (regels, o) => metCredit(regels, o.meenemenTeCrediterenRegels),
})
