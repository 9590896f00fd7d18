import { abonnementen } from './abonnementen'
import type { Batchactie } from './actie'
import { concepten } from './concepten'
import { cursussen } from './cursussen'
import { nacalculatie } from './nacalculatie'
import { ordermanagement } from './ordermanagement'
import { teFacturerenRegels } from './te-factureren-regels'
import { termijnen } from './termijnen'
import { verzamelfactuur } from './verzamelfactuur'

/** Every batch action, in the order the cockpit lists them. */
export const BATCHACTIES: readonly Batchactie[] = [
  abonnementen,
  cursussen,
  ordermanagement,
  concepten,
  nacalculatie,
  termijnen,
  teFacturerenRegels,
  verzamelfactuur,
]
