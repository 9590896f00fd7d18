import type { ChainProblem, ChainVerification } from '@factuurstroom/eventsourcing'
import type { Controle, Probleem } from './controle'

/** Hash chains and seals intact, from the verification of the same pass over the log. */
export const hashketenControle = (ketens: ChainVerification): Controle => ({
  naam: 'hashketens',
  omschrijving: `hash chains and seals intact (${ketens.streamsChecked} streams, ${ketens.sealsChecked} seal(s), running hash ${ketens.runningHash.slice(0, 16)}…)`,
  gecontroleerd: ketens.eventsChecked,
  problemen: samengevat(ketens.problems),
})

/** Chain problems as lines; events without any hash (a log written around the decorator) are counted once. */
const samengevat = (problemen: readonly ChainProblem[]): Probleem[] => {
  const zonderHash = problemen.filter((p) => p.kind === 'MISSING_HASH')
  const rest = problemen
    .filter((p) => p.kind !== 'MISSING_HASH')
    .map((p) => ({
      melding: `${p.kind} ${p.streamId}@${p.streamRevision} (event ${p.eventId}): ${p.message}`,
      positie: p.globalPosition.toString(),
      streamId: p.streamId,
    }))
  if (zonderHash.length === 0) return rest
  const eerste = zonderHash[0] as ChainProblem
  return [
    ...rest,
    {
      melding: `${zonderHash.length} event(s) carry no hash, first ${eerste.streamId}@${eerste.streamRevision}: written without HashChainingEventStore (pass --no-hash-chains for such a log)`,
      positie: eerste.globalPosition.toString(),
      streamId: eerste.streamId,
    },
  ]
}
