export { assertExactlyEqual, diff, exactlyEqual, SpecFailure } from './exact-equality'
export { deciderSpec, projectionSpec } from './given-when-then'
