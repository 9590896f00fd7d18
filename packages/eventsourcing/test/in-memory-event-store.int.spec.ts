import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { eventStoreConformance } from '@factuurstroom/eventsourcing/testing'

eventStoreConformance('in-memory', { create: async () => new InMemoryEventStore() })
