/**
 * An error a host can receive from a public function that is not a domain decision (those come back as a `Left`):
 * input it cannot act on, or an object used in a state that does not allow it. `code` is stable, `details` names the
 * field and value, the message says what to do. Internal invariant breaks stay plain `Error`s and say so.
 */
export class FactuurstroomError extends Error {
  override readonly name: string = 'FactuurstroomError'
  constructor(
    readonly code: string,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message)
  }
}

/** The store was closed (`close()`); open a new one. */
export class StoreClosedError extends FactuurstroomError {
  override readonly name = 'StoreClosedError'
  constructor(store: string) {
    super('STORE_CLOSED', `${store} is closed; open a new store to go on.`, { store })
  }
}
