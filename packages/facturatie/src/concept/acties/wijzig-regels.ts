import { WijzigVerdichteRegelBedragInput, WijzigVerwerkingsmethodeInput } from '../commands'
import { conceptCommando } from './concept-commando'

/** R10: F/D/A (P/PD/PB, V/VD/VB) per line; afboeken needs a reason. */
export const wijzigVerwerkingsmethode = conceptCommando(
  WijzigVerwerkingsmethodeInput,
  'WijzigVerwerkingsmethode',
  (input) => ({ type: 'WijzigVerwerkingsmethode', ...input }),
)

/** R7: sets a verdichte regel's amount through a correctieregel. */
export const wijzigVerdichteRegelBedrag = conceptCommando(
  WijzigVerdichteRegelBedragInput,
  'WijzigVerdichteRegelBedrag',
  (input) => ({ type: 'WijzigVerdichteRegelBedrag', ...input }),
)
