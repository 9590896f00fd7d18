import { type ChildProcess, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type CommandContext, readAllEvents } from '@factuurstroom/eventsourcing'
import { weergaven } from '@factuurstroom/facturatie'
import type { PostgresEventStore } from '@factuurstroom/store-postgres'
import { conceptService } from '../../facturatie/src/concept/service'
import { btwCodes, projectInstellingen } from '../../facturatie/src/concept/voorbeeld.fixture'

const repo = fileURLToPath(new URL('../../..', import.meta.url))

/** A view table's rows as the worker leaves them, by key. */
interface Rij {
  readonly sleutel: string
  readonly bron: string
  readonly administratie: string
  readonly relaties: readonly string[]
  readonly status: string
  readonly datum: string | null
  readonly rij: unknown
}

// Each view's own type does not matter here: its fold and its rows are used together.
const tabelweergaven = [
  weergaven.facturenTabelweergave,
  weergaven.conceptenTabelweergave,
  weergaven.journaalTabelweergave,
] as unknown as readonly weergaven.Tabelweergave<unknown>[]

const naarCodepunt = (a: { sleutel: string }, b: { sleutel: string }) =>
  a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0

/** Every view table of the store, the stored fold state and the open items, as plain data. */
export const dumpTabellen = (store: PostgresEventStore) =>
  store.withTransaction(async (tx) => {
    const dump: Record<string, unknown[]> = {}
    for (const t of tabelweergaven.flatMap((w) => w.tabellen)) {
      dump[t.naam] = await tx.query<Rij>(
        `SELECT sleutel, bron, administratie, relaties, status, datum, rij FROM ${tx.schema}.${t.naam}
         ORDER BY sleutel COLLATE "C"`,
      )
    }
    dump[weergaven.STAAT_TABEL] = await tx.query(
      `SELECT weergave, sleutel, stand FROM ${tx.schema}.${weergaven.STAAT_TABEL}
       ORDER BY weergave COLLATE "C", sleutel COLLATE "C"`,
    )
    dump[weergaven.OPENSTAANDE_POSTEN_TABEL] = await new weergaven.OpenstaandePostenTabel(store).rijen(
      weergaven.alleRelaties,
    )
    return dump
  })

/** What the tables should hold: each view folded in memory over the whole log, its entries turned into rows. */
export const verwachteTabellen = async (store: PostgresEventStore): Promise<Record<string, unknown[]>> => {
  const views = tabelweergaven.map((w) => ({ w, view: w.weergave.begin(), sleutels: new Set<string>() }))
  const open = weergaven.openstaandePostenWeergave.begin()
  for await (const recorded of readAllEvents(store)) {
    if (!weergaven.weergaveRegistry.knows(recorded.type)) continue
    const event = weergaven.weergaveRegistry.decodeOrThrow(recorded)
    for (const v of views) {
      for (const s of v.w.sleutels(event)) v.sleutels.add(s)
      v.w.weergave.verwerk(v.view, event, recorded)
    }
    weergaven.openstaandePostenWeergave.verwerk(open, event, recorded)
  }
  const verwacht: Record<string, unknown[]> = {}
  for (const { w, view, sleutels } of views) {
    for (const t of w.tabellen) {
      verwacht[t.naam] = [...sleutels]
        .flatMap((bron) =>
          t.records(view, bron).map((r) => ({
            sleutel: r.sleutel,
            bron,
            administratie: r.administratie,
            relaties: r.relaties,
            status: r.status,
            datum: r.datum,
            rij: JSON.parse(JSON.stringify(r.rij)),
          })),
        )
        .sort(naarCodepunt)
    }
  }
  verwacht[weergaven.OPENSTAANDE_POSTEN_TABEL] = JSON.parse(
    JSON.stringify(
      [...open.posten.values()].sort((a, b) =>
        a.administratie === b.administratie
          ? a.factuurnummer.localeCompare(b.factuurnummer)
          : a.administratie.localeCompare(b.administratie),
      ),
    ),
  )
  return verwacht
}

/**
 * A second host writing: concepts for relaties 4000…, half of them invoiced (sharing the invoice numbering with any
 * other writer), through its own store instance.
 */
export const schrijfConcepten = async (store: PostgresEventStore, aantal: number, prefix = 'B') => {
  let id = 0
  let commando = 0
  const concepten = conceptService(store, { nieuwId: () => `${prefix}-${++id}` })
  const ctx = (): CommandContext => ({
    commandId: `${prefix}-cmd-${++commando}`,
    occurredAt: '2026-04-05T10:00:00.000Z',
    actor: 'tweede-host',
  })
  const ok = <A>(r: { _tag: 'Left'; left: { code: string; message: string } } | { _tag: 'Right'; right: A }): A => {
    if (r._tag === 'Left') throw new Error(`${r.left.code}: ${r.left.message}`)
    return r.right
  }
  for (let i = 0; i < aantal; i++) {
    const relatie = { nummer: `${40000 + i}`, naam: `Relatie ${prefix} ${i}` }
    const instellingen = { btwPlicht: 'binnenland' as const, hoofddeclarant: i % 2 === 0 ? 'jan' : 'anna' }
    const uitkomst = ok(
      await concepten.neemNacalculatieOver(
        {
          administratie: 'A1',
          verkooprelatie: relatie,
          valuta: 'EUR',
          projectInstellingen,
          relatieInstellingen: instellingen,
          projecten: [{ nummer: `P-${prefix}-${i}`, omschrijving: `Project ${i}` }],
          regels: [1, 2].map((n) => ({
            regelId: `${prefix}-${i}-${n}`,
            project: `P-${prefix}-${i}`,
            soort: 'uren',
            itemcode: 'ADV',
            itemomschrijving: 'Advies',
            omschrijving: `Advies ${n}`,
            aantal: `${n}.00`,
            prijs: '95.00',
            bedrag: `${95 * n}.00`,
            btwTariefgroep: 'hoog',
            integratiegroep: 'UREN',
          })),
        },
        ctx(),
      ),
    )
    const conceptId = uitkomst.concepten[0]?.conceptId as string
    if (i % 2 === 1) continue
    ok(await concepten.stelFactureerbaar({ administratie: 'A1', conceptId }, ctx()))
    ok(
      await concepten.factureer(
        {
          administratie: 'A1',
          conceptId,
          factuurId: `F-${prefix}-${i}`,
          factuurdatum: '2026-04-05',
          projectInstellingen,
          relatieInstellingen: instellingen,
          btwCodes,
          btwAfrondingsmodus: 'PER_TOTAAL',
          projecten: [{ nummer: `P-${prefix}-${i}`, apartFactureren: false }],
        },
        ctx(),
      ),
    )
  }
}

/** `factuurstroom project` in a process of its own (through tsx, from the sources), with its output by line. */
export const startWorkerProces = (url: string, schema: string, ...extra: string[]) => {
  const regels: string[] = []
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'packages/cli/src/bin.ts', '--pg', url, '--schema', schema, 'project', ...extra],
    { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let rest = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const delen = (rest + chunk.toString('utf8')).split('\n')
    rest = delen.pop() ?? ''
    regels.push(...delen)
  })
  child.stderr?.on('data', (chunk: Buffer) => regels.push(`stderr: ${chunk.toString('utf8')}`))
  const einde = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    regels,
    einde,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
      await einde
    },
  }
}

export const uiteindelijk = async (
  check: () => Promise<boolean> | boolean,
  wat: string,
  uitvoer: readonly string[] = [],
  timeoutMs = 40_000,
) => {
  const tot = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > tot) throw new Error(`not within ${timeoutMs} ms: ${wat}\n${uitvoer.join('\n')}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
