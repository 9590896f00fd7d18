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
}

/**
 * Declares an event type: its name, the codec of its data, its schema version, how to lift older versions and,
 * optionally, the compact form its current version is stored in.
 */
export const defineEvent = <Type extends string, C extends t.Mixed>(
  type: Type,
  codec: C,
  options: { version?: number; upcasters?: Record<number, Upcaster>; storedForm?: StoredForm<t.OutputOf<C>> } = {},
): EventDefinition<Type, t.TypeOf<C>> => ({
  type,
  codec: codec as t.Type<t.TypeOf<C>, unknown, unknown>,
  version: options.version ?? 1,
  upcasters: options.upcasters ?? {},
  // Always set, undefined or not: every definition has the same shape for the decoder's property reads.
  storedForm: options.storedForm as StoredForm | undefined,
})

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
  /** Expands the current version's stored form, or upcasts an older version to the current one, and validates. */
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
    // Only the current version is stored compactly: older ones reach the current domain shape by upcasting.
    if (definition.storedForm && recorded.schemaVersion === definition.version) {
      data = expandStored(recorded.type, definition.storedForm, data)
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
