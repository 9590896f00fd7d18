import { Code, Datum } from '../gedeeld/codecs'
import { metBasis } from './basis'

/** A delivered order line (pakbonregel): one sales invoice per pakbon unless the relatie collects. */
export const Pakbonregel = metBasis('Pakbonregel', { orderId: Code, pakbonId: Code, leverdatum: Datum }, {})
export type Pakbonregel = import('io-ts').TypeOf<typeof Pakbonregel>
