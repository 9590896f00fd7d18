/**
 * Strict given-when-then specs for deciders and projections, in any test runner.
 *
 * @packageDocumentation
 * @module @factuurstroom/eventsourcing/testing
 */
export { assertExactlyEqual, diff, exactlyEqual, SpecFailure } from './exact-equality'
export { deciderSpec, projectionSpec } from './given-when-then'
