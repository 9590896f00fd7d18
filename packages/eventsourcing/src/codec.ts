import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import type { DomainEvent, EventMetadata, NewEvent, RecordedEvent } from './envelope'
import { DecodeError, type DecodeProblem } from './errors'
import { FactuurstroomError } from './factuurstroom-error'
import { expandStored, type StoredForm } from './stored-form'

/** Turns io-ts errors into problems that name the path and the offending value. */
export const toProblems = (errors: t.Errors): DecodeProblem[] =>
  errors.map((error) => {
    const path = error.context
      .map((entry) => entry.key)
      .filter((key) => key !== '')
      .join('.')
    const last = error.context[error.context.length - 1]
    return {
      path,
      value: error.value,
      message: error.message ?? `expected ${last?.type.name ?? 'a valid value'}`,
    }
  })

/** Decodes `input` with `codec`; a failure names `subject` (a command or event type), each path and value. */
export const decodeWith = <A, O>(
  codec: t.Type<A, O, unknown>,
  subject: string,
  input: unknown,
): Either<DecodeError, A> => {
  const result = codec.decode(input)
  return isLeft(result) ? left(new DecodeError(subject, toProblems(result.left))) : right(result.right)
}

/** Lifts the data of version `n` to version `n + 1`. */
export type Upcaster = (data: unknown) => unknown

/** One event type as a registry knows it: name, data codec, current schema version and upcasters. */
export interface EventDefinition<Type extends string = string, Data = unknown> {
  readonly type: Type
  readonly codec: t.Type<Data, unknown, unknown>
  /** The version new events are written with. */
  readonly version: number
  /** `upcasters[n]` lifts version n to n + 1, for every n below `version`. */
  readonly upcasters: Readonly<Record<number, Upcaster>>
  /** How events of the current version are stored, when that is not the encoded domain data itself. */
  readonly storedForm?: StoredForm | undefined
  /** `earlierStoredForms[n]`: how events of version n (below `version`) were stored, where that was a stored form. */
  readonly earlierStoredForms?: Readonly<Record<number, StoredForm>> | undefined
}

/** What `defineEvent` needs beside an event's type and codec; each part has a default. */
export interface EventOptions<Encoded> {
  /** The version new events are written with; 1 by default. */
  readonly version?: number
  /** `upcasters[n]` lifts the domain data of version n to n + 1. */
  readonly upcasters?: Record<number, Upcaster>
  /** The compact form the current version is stored in. */
  readonly storedForm?: StoredForm<Encoded>
  /**
   * The form each earlier version n was stored in, if it had one: data of version n is expanded with it before the
   * upcaster from n runs, so every upcaster gets the domain data of its version.
   */
  readonly earlierStoredForms?: Record<number, StoredForm>
}

/**
 * Declares an event type: its name, the codec of its data, its schema version, how to lift older versions and,
 * optionally, the compact forms its versions are stored in. A stored form for a version that is not an earlier one
 * throws `OPSLAGVORM_ZONDER_VERSIE`.
 */
export const defineEvent = <Type extends string, C extends t.Mixed>(
  type: Type,
  codec: C,
  options: EventOptions<t.OutputOf<C>> = {},
): EventDefinition<Type, t.TypeOf<C>> => {
  const version = options.version ?? 1
  const earlierStoredForms = options.earlierStoredForms ?? {}
  for (const key of Object.keys(earlierStoredForms)) {
    const earlier = Number(key)
    if (!Number.isInteger(earlier) || earlier < 1 || earlier >= version) {
      throw new FactuurstroomError(
        'OPSLAGVORM_ZONDER_VERSIE',
        `Event type '${type}' names a stored form for version ${key}, which is not an earlier version ` +
          `(1..${version - 1}); the current version's is 'storedForm'.`,
        { type, version: key },
      )
    }
  }
  return {
    type,
    codec: codec as t.Type<t.TypeOf<C>, unknown, unknown>,
    version,
    upcasters: options.upcasters ?? {},
    // Always set, undefined or not: every definition has the same shape for the decoder's property reads.
    storedForm: options.storedForm as StoredForm | undefined,
    earlierStoredForms,
  }
}

// biome-ignore lint/suspicious/noExplicitAny: variance of a heterogeneous list of definitions
type AnyDefinition = EventDefinition<string, any>

/** The domain event union described by a list of definitions. */
export type EventOf<Defs extends readonly AnyDefinition[]> = {
  [K in keyof Defs]: Defs[K] extends EventDefinition<infer Type, infer Data> ? DomainEvent<Type, Data> : never
}[number]

/** Encodes domain events for a store and decodes (and upcasts) recorded ones; the single source of event types. */
export interface EventRegistry<Event extends DomainEvent> {
  readonly types: ReadonlySet<string>
  /** Whether this registry defines events of `type`; projections skip the types their registry does not know. */
  readonly knows: (type: string) => boolean
  /**
   * Validates the event against its codec and wraps it (in its stored form, if its definition has one) in an
   * envelope. Invalid data throws a DecodeError.
   * (Method syntax on purpose: a registry of specific events must fit where any registry is accepted.)
   */
  toNewEvent(event: Event, metadata: EventMetadata, eventId?: string): NewEvent
  /** Expands the stored form of the event's version, upcasts an older version to the current one, and validates. */
  readonly decode: (recorded: Pick<RecordedEvent, 'type' | 'schemaVersion' | 'data'>) => Either<DecodeError, Event>
  /** As `decode`, throwing the DecodeError: for reading history, where bad data is a corrupted store. */
  readonly decodeOrThrow: (recorded: Pick<RecordedEvent, 'type' | 'schemaVersion' | 'data'>) => Event
}

/** Builds the registry of a list of event definitions; a type defined twice throws `EVENT_TYPE_TWEE_KEER`. */
export const eventRegistry = <const Defs extends readonly AnyDefinition[]>(
  definitions: Defs,
): EventRegistry<EventOf<Defs>> => {
  type Event = EventOf<Defs>
  const byType = new Map<string, AnyDefinition>()
  for (const definition of definitions) {
    if (byType.has(definition.type)) {
      throw new FactuurstroomError(
        'EVENT_TYPE_TWEE_KEER',
        `Event type '${definition.type}' is defined twice in one registry; give each definition its own type name.`,
        { type: definition.type },
      )
    }
    byType.set(definition.type, definition)
  }

  // The event, or the DecodeError naming what is wrong with it: no Either per event on the hot path of a load.
  const decodeEvent = (recorded: Pick<RecordedEvent, 'type' | 'schemaVersion' | 'data'>): Event | DecodeError => {
    const definition = byType.get(recorded.type)
    if (!definition) {
      return new DecodeError(recorded.type, [{ path: 'type', value: recorded.type, message: 'unknown event type' }])
    }
    if (recorded.schemaVersion > definition.version || recorded.schemaVersion < 1) {
      return new DecodeError(recorded.type, [
        {
          path: 'schemaVersion',
          value: recorded.schemaVersion,
          message: `unsupported schema version (this code knows 1..${definition.version})`,
        },
      ])
    }
    let data = recorded.data
    // Each version is expanded with its own stored form: the upcasters from it get its domain data.
    const storedForm =
      recorded.schemaVersion === definition.version
        ? definition.storedForm
        : definition.earlierStoredForms?.[recorded.schemaVersion]
    if (storedForm) {
      data = expandStored(recorded.type, storedForm, data)
      if (data instanceof DecodeError) return data
    }
    for (let version = recorded.schemaVersion; version < definition.version; version++) {
      const upcast = definition.upcasters[version]
      if (!upcast) {
        return new DecodeError(recorded.type, [
          { path: 'schemaVersion', value: version, message: `no upcaster from version ${version}` },
        ])
      }
      data = upcast(data)
    }
    // The type guard checks the same rules without building io-ts's error context: a valid event (nearly every
    // one) is proven at that cost; only a failing one is decoded again to name each path and value.
    if (definition.codec.is(data)) return { type: recorded.type, data } as Event
    const result = definition.codec.decode(data)
    if (isLeft(result)) return new DecodeError(recorded.type, toProblems(result.left))
    return { type: recorded.type, data: result.right } as Event
  }

  return {
    types: new Set(byType.keys()),
    knows: (type) => byType.has(type),
    toNewEvent: (event, metadata, eventId = globalThis.crypto.randomUUID()) => {
      const definition = byType.get(event.type)
      if (!definition)
        throw new DecodeError(event.type, [{ path: 'type', value: event.type, message: 'unknown event type' }])
      const data = definition.codec.encode(event.data)
      // Validated once, here, where the library's own events enter the store; a failure is decoded for its paths.
      if (!definition.codec.is(event.data)) {
        const valid = definition.codec.decode(data)
        if (isLeft(valid)) throw new DecodeError(event.type, toProblems(valid.left))
      }
      const stored = definition.storedForm ? definition.storedForm.compact(data) : data
      return { eventId, type: event.type, schemaVersion: definition.version, data: stored, metadata }
    },
    decode: (recorded) => {
      const event = decodeEvent(recorded)
      return event instanceof DecodeError ? left(event) : right(event)
    },
    decodeOrThrow: (recorded) => {
      const event = decodeEvent(recorded)
      if (event instanceof DecodeError) throw event
      return event
    },
  }
}

/** Joins registries of several aggregates, e.g. for a projection that reads them all. */
export const combineRegistries = <Events extends DomainEvent>(
  ...registries: readonly EventRegistry<DomainEvent>[]
): EventRegistry<Events> => {
  const owner = new Map<string, EventRegistry<DomainEvent>>()
  for (const registry of registries) {
    for (const type of registry.types) {
      if (owner.has(type)) {
        throw new FactuurstroomError(
          'EVENT_TYPE_IN_TWEE_REGISTRIES',
          `Event type '${type}' is in two of the registries combined; combine each registry once, or rename one type.`,
          { type },
        )
      }
      owner.set(type, registry)
    }
  }
  const decode = (recorded: Pick<RecordedEvent, 'type' | 'schemaVersion' | 'data'>): Either<DecodeError, Events> => {
    const registry = owner.get(recorded.type)
    if (!registry) {
      return left(
        new DecodeError(recorded.type, [{ path: 'type', value: recorded.type, message: 'unknown event type' }]),
      )
    }
    return registry.decode(recorded) as Either<DecodeError, Events>
  }
  return {
    types: new Set(owner.keys()),
    knows: (type) => owner.has(type),
    toNewEvent: (event, metadata, eventId) => {
      const registry = owner.get(event.type)
      if (!registry)
        throw new DecodeError(event.type, [{ path: 'type', value: event.type, message: 'unknown event type' }])
      return registry.toNewEvent(event, metadata, eventId)
    },
    decode,
    decodeOrThrow: (recorded) => {
      const result = decode(recorded)
      if (isLeft(result)) throw result.left
      return result.right
    },
  }
}
