import { DecodeError } from './errors'

/**
 * How an event type is stored when that differs from its domain data: `compact` leaves out what the same event
 * already holds (a copy of a field, an id derivable from others), `expand` puts it back. The domain shape, which
 * deciders, evolve and views see, does not change.
 *
 * `expand(compact(x))` must deep-equal `x` for every `x` the event's codec accepts (as JSON keeps it): where a field
 * differs from the value it would be derived from, the stored form keeps it; where it is absent although a default
 * exists, the stored form says so (e.g. an explicit `null`). Each version is expanded with its own stored form (the
 * definition's `storedForm` or `earlierStoredForms[version]`) before any upcaster runs: upcasters see domain data.
 */
export interface StoredForm<Encoded = unknown> {
  /** The data to store for the encoded, already validated domain data; it must not change its input. */
  readonly compact: (encoded: Encoded) => unknown
  /**
   * The encoded domain data back from stored data, before it is validated. It must not change its input, and may
   * throw a `DecodeError` naming a path; any other exception is reported as a problem of the whole data.
   */
  readonly expand: (stored: unknown) => unknown
}

/** `storedForm.expand(stored)`, or the DecodeError (of event type `type`) that any exception in it becomes. */
export const expandStored = (type: string, storedForm: StoredForm, stored: unknown): unknown => {
  try {
    return storedForm.expand(stored)
  } catch (error) {
    if (error instanceof DecodeError) return new DecodeError(type, error.problems)
    const reason = error instanceof Error ? error.message : String(error)
    return new DecodeError(type, [{ path: '', value: stored, message: `stored form does not expand: ${reason}` }])
  }
}
