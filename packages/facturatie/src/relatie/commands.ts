import * as t from 'io-ts'
import { Code } from '../gedeeld/codecs'

/**
 * R12: who is hoofddeclarant and declarant of a verkooprelatie from now on. Leaving both out withdraws the
 * assignment: then only callers authorised for all relaties see the relatie.
 */
export const WijsDeclarantenToe = t.intersection([
  // Exact: a field the caller adds is dropped, never recorded in the event.
  t.exact(t.type({ administratie: Code, verkooprelatie: Code })),
  t.exact(t.partial({ hoofddeclarant: Code, declarant: Code })),
])
export type WijsDeclarantenToe = t.TypeOf<typeof WijsDeclarantenToe>

/** Every command of the Relatie aggregate. */
export type RelatieCommand = { readonly type: 'WijsDeclarantenToe' } & WijsDeclarantenToe
