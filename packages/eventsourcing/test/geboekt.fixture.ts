import type { NewEvent } from '@factuurstroom/eventsourcing'

/** A small `Geboekt` event with a fixed id per label, so two logs of the same appends compare equal. */
export const geboekt = (label: string): NewEvent => ({
  eventId: `id-${label}`,
  type: 'Geboekt',
  schemaVersion: 1,
  data: { label, bedrag: '10.00' },
  metadata: { occurredAt: '2026-11-22T10:00:00.000Z' },
})
