export { canonicalJson } from './canonical-json'
export { eventHash, GENESIS_HASH, HASH_KEY, hashOf, runningHash } from './event-hash'
export { HashChainingEventStore } from './hash-chaining-event-store'
export { sealLog } from './seal-log'
export {
  type ChainProblem,
  type ChainProblemKind,
  type ChainVerification,
  type LogSeal,
  SEAL_EVENT,
  SEAL_STREAM,
  verifyHashChains,
} from './verify-hash-chains'
