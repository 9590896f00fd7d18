import type { ChainProblem, ChainProblemKind, ChainVerification } from '@factuurstroom/eventsourcing'
import type { Controle, Probleem } from './controle'

/** Hash chains and seals intact, from the verification of the same pass over the log. */
export const hashketenControle = (ketens: ChainVerification): Controle => ({
  naam: 'hashketens',
  omschrijving: `hash chains and seals intact (${ketens.streamsChecked} streams, ${ketens.sealsChecked} seal(s), running hash ${ketens.runningHash.slice(0, 16)}…)`,
  gecontroleerd: ketens.eventsChecked,
  problemen: samengevat(ketens.problems),
})

// Problems of a whole log rather than of one event: counted once, with the first event and what to do.
const eenmaal: Partial<Record<ChainProblemKind, (aantal: number, eerste: ChainProblem) => string>> = {
  MISSING_HASH: (aantal, eerste) =>
    `${aantal} event(s) carry no hash, first ${eerste.streamId}@${eerste.streamRevision}: written without HashChainingEventStore (pass --no-hash-chains for such a log)`,
  HEX_HASH: (aantal, eerste) =>
    `${aantal} hash(es) are hex, first ${eerste.streamId}@${eerste.streamRevision}: the log was chained before hashes were stored as base64url, which this version does not verify (chain it again by replaying it into a HashChainingEventStore)`,
}

/** Chain problems as lines; events without a hash or with a hex one (a whole log of that kind) are counted once. */
const samengevat = (problemen: readonly ChainProblem[]): Probleem[] => {
  const perEvent = problemen
    .filter((p) => eenmaal[p.kind] === undefined)
    .map((p) => ({
      melding: `${p.kind} ${p.streamId}@${p.streamRevision} (event ${p.eventId}): ${p.message}`,
      positie: p.globalPosition.toString(),
      streamId: p.streamId,
    }))
  const geteld = Object.entries(eenmaal).flatMap(([kind, melding]) => {
    const soort = problemen.filter((p) => p.kind === kind)
    const eerste = soort[0]
    return eerste
      ? [
          {
            melding: melding(soort.length, eerste),
            positie: eerste.globalPosition.toString(),
            streamId: eerste.streamId,
          },
        ]
      : []
  })
  return [...perEvent, ...geteld]
}
