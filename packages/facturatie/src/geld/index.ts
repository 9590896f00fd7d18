export {
  type Afrondingsmethode,
  type AfrondingsRichting,
  afrondingsverschil,
  alsBedrag,
  decimaalAlsBedrag,
  HALF_UP_CENT,
  rondAfMetMethode,
  rondAfOpCent,
} from './afronding'
export { type BtwAfrondingsmodus, type BtwBerekening, type BtwGrondslagRegel, type BtwPerCode, berekenBtw } from './btw'
export { Decimaal, decimaal, NUL, som } from './decimaal'
export { Geld } from './geld'
