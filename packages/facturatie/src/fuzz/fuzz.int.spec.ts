import type { CommandContext, EventStore } from '@factuurstroom/eventsourcing'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Ingang } from './ingang'
import { maakIngangen, nacalculatieInvoer } from './ingangen.fixture'
import { controleerInvarianten } from './invarianten'
import { beschrijf, isOntbrekend, type Pad, paden, vervang, vervanging } from './vijandig'

/** 20,000 in CI; set FACTUURSTROOM_FUZZ_RUNS for a longer run, FACTUURSTROOM_FUZZ_SEED for another seed. */
const runs = Number(process.env.FACTUURSTROOM_FUZZ_RUNS ?? 20_000)
const seed = Number(process.env.FACTUURSTROOM_FUZZ_SEED ?? 20_261_129)

let volgnummer = 0
const context = (): CommandContext => ({
  commandId: `fuzz-${++volgnummer}`,
  occurredAt: '2026-04-01T09:00:00.000Z',
  actor: 'boekhouder',
})

interface Weigering {
  readonly code?: unknown
  readonly message?: unknown
  readonly problems?: readonly { readonly path: string }[]
}

const isEither = (a: unknown): a is { _tag: 'Left'; left: Weigering } | { _tag: 'Right'; right: unknown } =>
  typeof a === 'object' &&
  a !== null &&
  ((a as { _tag?: unknown })._tag === 'Left' || (a as { _tag?: unknown })._tag === 'Right')

/** The field a refusal must name: the last key of the path (an index names its list). */
const veldnaam = (pad: Pad): string | undefined => [...pad].reverse().find((p) => typeof p === 'string')

const eindpositie = async (store: EventStore, na: bigint | undefined): Promise<bigint | undefined> => {
  let positie = na
  for (;;) {
    const page = await store.readAll({ after: positie, maxCount: 1000 })
    positie = page.events.at(-1)?.globalPosition ?? positie
    if (page.isEnd) return positie
  }
}

describe(`fuzz: ${runs} hostile commands at every public entry point (seed ${seed})`, () => {
  let store: EventStore
  let ingangen: Ingang[]
  let conceptId = 'c-onbekend'

  beforeAll(async () => {
    const opzet = await maakIngangen(() => conceptId)
    store = opzet.store
    ingangen = opzet.ingangen
    const overgenomen = await opzet.concepten.neemNacalculatieOver(nacalculatieInvoer(), context())
    if (overgenomen._tag === 'Left') throw new Error(overgenomen.left.message)
    conceptId = overgenomen.right.concepten[0]?.conceptId ?? conceptId
  })

  it('no untyped exception, nothing written for a refusal, every refusal names the field; invariants hold after', async () => {
    const tellingen = { commandos: 0, geweigerdDecode: 0, geweigerdDomein: 0, aanvaard: 0 }
    const perIngang = new Map<string, number>()
    let positie = await eindpositie(store, undefined)

    const commando = fc.record({
      ingang: fc.nat(),
      pad: fc.nat(),
      door: vervanging,
    })
    await fc.assert(
      fc.asyncProperty(commando, async ({ ingang: i, pad: p, door }) => {
        const ingang = ingangen[i % ingangen.length] as Ingang
        const args = ingang.geldig()
        const plekken = args.flatMap((arg, a) => paden(arg).map((pad) => [a, ...pad] as Pad))
        const [arg, ...pad] = plekken[p % plekken.length] as [number, ...Pad]
        const vijandig = args.map((waarde, a) => (a === arg ? vervang(waarde, pad, door) : waarde))
        const wat = `${ingang.naam} argument ${arg} at ${pad.join('.') || '(root)'} = ${beschrijf(door)}`
        tellingen.commandos++
        perIngang.set(ingang.naam, (perIngang.get(ingang.naam) ?? 0) + 1)

        let antwoord: unknown
        try {
          antwoord = await ingang.roep(vijandig, context())
        } catch (error) {
          throw new Error(`${wat}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`)
        }
        if (!isEither(antwoord)) throw new Error(`${wat}: answered without an Either: ${beschrijf(antwoord)}`)
        const na = await eindpositie(store, positie)
        if (antwoord._tag === 'Right') {
          tellingen.aanvaard++
          positie = na
          return
        }
        const weigering = antwoord.left
        if (typeof weigering.code !== 'string' || typeof weigering.message !== 'string') {
          throw new Error(`${wat}: refused without a code and message`)
        }
        if (na !== positie) throw new Error(`${wat}: refused with ${weigering.code}, yet events were written`)
        if (weigering.code !== 'DECODE_FAILED') {
          tellingen.geweigerdDomein++
          return
        }
        tellingen.geweigerdDecode++
        const veld = veldnaam(pad)
        const genoemd = (weigering.problems ?? []).some((problem) => problem.path.split('.').includes(veld ?? ''))
        if (veld !== undefined && !genoemd && !isOntbrekend(door)) {
          throw new Error(`${wat}: refusal does not name ${veld}: ${weigering.message}`)
        }
        if (veld !== undefined && isOntbrekend(door) && !genoemd && (weigering.problems ?? []).length === 0) {
          throw new Error(`${wat}: refusal names no field: ${weigering.message}`)
        }
      }),
      { seed, numRuns: runs, endOnFailure: true },
    )

    // The valid arguments really are valid: whatever a mutated command was refused for, it was the one field.
    for (const ingang of ingangen) {
      const antwoord = await ingang.roep(ingang.geldig(), context())
      const weigering = isEither(antwoord) && antwoord._tag === 'Left' ? antwoord.left : undefined
      expect(weigering?.code, `${ingang.naam}: ${String(weigering?.message)}`).not.toBe('DECODE_FAILED')
    }
    const { gebroken, sleutelclaims, nummers, journaalposten } = await controleerInvarianten(store)
    console.info(
      `fuzz (seed ${seed}): ${tellingen.commandos} hostile commands over ${perIngang.size} entry points — ` +
        `${tellingen.geweigerdDecode} refused by a codec naming the field, ${tellingen.geweigerdDomein} refused by a ` +
        `domain rule, ${tellingen.aanvaard} accepted; invariants checked over ${sleutelclaims} key claims, ` +
        `${nummers} invoice numbers and ${journaalposten} journaalposten: ${gebroken.length} broken`,
    )
    expect(gebroken).toEqual([])
    expect(tellingen.commandos).toBe(runs)
    expect(perIngang.size).toBe(ingangen.length)
  })
})
