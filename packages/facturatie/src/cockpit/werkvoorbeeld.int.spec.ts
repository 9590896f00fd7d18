import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { conceptService } from '../concept'
import {
  btwCodes,
  nacalculatie,
  projectBeurs,
  projectInstellingen,
  relatie10032,
  relatieInstellingen,
  voorschotfactuur,
} from '../concept/voorbeeld.fixture'
import { ctx, maakCockpit } from './cockpit.fixture'

const ok = <A>(r: { _tag: 'Left'; left: { code: string; message: string } } | { _tag: 'Right'; right: A }): A => {
  if (r._tag === 'Left') throw new Error(`${r.left.code}: ${r.left.message}`)
  return r.right
}

const routering = {
  administratie: 'ADM01',
  verkooprelatie: relatie10032,
  valuta: 'EUR',
  projectInstellingen,
  relatieInstellingen,
}

describe('DOMAIN.md §3 end to end, one store', () => {
  it('R17/§3: nacalculatie → Concept service (issue 4) → cockpit → invoice 807.07 numbered 26000001 → journalised', async () => {
    const { store, cockpit } = await maakCockpit({ conceptfacturering: true, administratie: 'ADM01' })
    const concepten = conceptService(store)

    const overgenomen = ok(
      await concepten.neemNacalculatieOver(
        {
          ...routering,
          projecten: [projectBeurs],
          regels: nacalculatie.map(({ nacalculatieRegelId: _n, valuta: _v, project, ...regel }) => ({
            ...regel,
            project: project?.nummer ?? projectBeurs.nummer,
          })),
        },
        ctx(),
      ),
    )
    const conceptId = overgenomen.concepten[0]?.conceptId as string
    ok(await concepten.voegVoorschotToe({ ...routering, project: projectBeurs, voorschotfactuur }, ctx()))
    ok(await concepten.stelFactureerbaar({ administratie: 'ADM01', conceptId }, ctx()))
    const gefactureerd = ok(
      await concepten.factureer(
        {
          administratie: 'ADM01',
          conceptId,
          factuurId: 'F-2026-0001',
          factuurdatum: '2026-03-31',
          projectInstellingen,
          relatieInstellingen,
          btwCodes,
          btwAfrondingsmodus: 'PER_TOTAAL',
          projecten: [{ nummer: projectBeurs.nummer, apartFactureren: false }],
        },
        ctx(),
      ),
    )
    const overdracht = gefactureerd.concepten[0]?.events.find((e) => e.type === 'ConceptGefactureerd')
    if (overdracht?.type !== 'ConceptGefactureerd') throw new Error('expected ConceptGefactureerd')

    const run = await cockpit.factureerConcepten(
      { administratie: 'ADM01', runId: 'R-2026-03', journaliserenNaVoltooien: true },
      [overdracht.data],
      ctx(),
    )
    expect(isRight(run) && run.right.facturen).toEqual([{ factuurId: 'F-2026-0001', factuurnummer: '26000001' }])
    const factuur = await cockpit.factuur('ADM01', 'F-2026-0001')
    expect([factuur.btw?.totaalNetto, factuur.btw?.totaalBtw, factuur.btw?.totaalBruto]).toEqual([
      '667.00',
      '140.07',
      '807.07',
    ])
    const post = await cockpit.raadpleegJournaalpost(
      { administratie: 'ADM01', factuurId: 'F-2026-0001' },
      { actor: 'boekhouder' },
    )
    if (isLeft(post)) throw new Error(post.left.message)
    expect(post.right.journaalpost.regels.map((r) => [r.rekening, r.zijde, r.bedrag])).toEqual([
      ['1300', 'debet', '807.07'],
      ['1450', 'debet', '1000.00'],
      ['8000', 'credit', '1516.00'],
      ['8050', 'credit', '151.00'],
      ['1510', 'credit', '140.07'],
    ])
    expect(post.right.openstaandePost.bedrag).toBe('807.07')
    // The audit trace: every journalised line leads back through the invoice line to its nacalculatie.
    const nacalculatieIds = [...factuur.regels.values()].flatMap((r) =>
      (r.herkomst.conceptregels ?? []).map((c) => c.nacalculatieRegelId).filter((id) => id !== null),
    )
    expect(nacalculatieIds).toEqual(['n1', 'n2', 'n3', 'n4', 'n5'])
  })
})
