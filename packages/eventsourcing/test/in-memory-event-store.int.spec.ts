import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { eventStoreConformance } from '@factuurstroom/eventsourcing/conformance'

eventStoreConformance('in-memory', { create: async () => new InMemoryEventStore(), multiStreamAppend: true })
