import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import { conceptRegistry, conceptService, regelsVan } from '../concept'
import { nacalculatie, projectBeurs, relatie10032, voorschotfactuur } from '../concept/voorbeeld.fixture'
import { CrashendeStore, ctx, maakCockpit, werkvoorbeeldStamgegevens } from './cockpit.fixture'

const ok = <A>(r: { _tag: 'Left'; left: { code: string; message: string } } | { _tag: 'Right'; right: A }): A => {
  if (r._tag === 'Left') throw new Error(`${r.left.code}: ${r.left.message}`)
  return r.right
}

const routering = { administratie: 'ADM01', verkooprelatie: relatie10032, valuta: 'EUR' }
const maartOpties = { administratie: 'ADM01', runId: 'R-2026-03', factuurdatum: '2026-03-31' }

/** The worked example up to a factureerbaar concept; settings come from the host's master data, not the commands. */
const werkvoorbeeldConcept = async (store?: CrashendeStore) => {
  const opzet = await maakCockpit({ conceptfacturering: true, administratie: 'ADM01', ...(store ? { store } : {}) })
  const concepten = conceptService(opzet.store, { stamgegevens: werkvoorbeeldStamgegevens() })
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
  return { ...opzet, concepten, conceptId }
}

describe('DOMAIN.md §3 end to end, one store', () => {
  it('R1/R17: "factureren concepten" invoices the factureerbare concept itself → 807.07 numbered 26000001 → journalised', async () => {
    const { cockpit, concepten, conceptId, store } = await werkvoorbeeldConcept()
    ok(await concepten.stelFactureerbaar({ administratie: 'ADM01', conceptId }, ctx()))

    const run = await cockpit.factureerConcepten({ ...maartOpties, journaliserenNaVoltooien: true }, ctx())
    const factuurId = `R-2026-03-${conceptId}`
    expect(isRight(run) && run.right.facturen).toEqual([{ factuurId, factuurnummer: '26000001' }])
    expect((await concepten.laad('ADM01', conceptId)).status).toBe('gefactureerd')
    const factuur = await cockpit.factuur('ADM01', factuurId)
    expect([factuur.btw?.totaalNetto, factuur.btw?.totaalBtw, factuur.btw?.totaalBruto]).toEqual([
      '667.00',
      '140.07',
      '807.07',
    ])
    const post = await cockpit.raadpleegJournaalpost({ administratie: 'ADM01', factuurId }, { actor: 'boekhouder' })
    if (isLeft(post)) throw new Error(post.left.message)
    expect(post.right.journaalpost.regels.map((r) => [r.rekening, r.zijde, r.bedrag])).toEqual([
      ['1300', 'debet', '807.07'],
      ['1450', 'debet', '1000.00'],
      ['8000', 'credit', '1516.00'],
      ['8050', 'credit', '151.00'],
      ['1510', 'credit', '140.07'],
    ])
    expect(post.right.openstaandePost.bedrag).toBe('807.07')
    // The audit trace: every journalised line leads back through the invoice line and the concept's hand-over (which
    // names its concept lines by id) to the concept lines in the concept stream, and from them to nacalculatie.
    const conceptEvents = await store.readStream(`concept-ADM01-${conceptId}`)
    const regelsOpConcept = new Map(
      conceptEvents
        .map((e) => conceptRegistry.decodeOrThrow(e))
        .flatMap((e) => (e.type === 'ConceptRegelsToegevoegd' ? regelsVan(e.data) : []))
        .map((r) => [r.regelId, r.nacalculatieRegelId]),
    )
    const overdracht = conceptEvents
      .map((e) => conceptRegistry.decodeOrThrow(e))
      .find((e) => e.type === 'ConceptGefactureerd')
    if (overdracht?.type !== 'ConceptGefactureerd') throw new Error('expected ConceptGefactureerd')
    const nacalculatieIds = [...factuur.regels.values()].flatMap((r) => {
      expect([r.herkomst.bron, r.herkomst.bronId]).toEqual(['concept', conceptId])
      const herkomst = overdracht.data.herkomst.find((h) => h.factuurregelId === r.herkomst.bronRegelId)
      return (herkomst?.conceptregelIds ?? []).flatMap((id) => regelsOpConcept.get(id) ?? [])
    })
    expect(nacalculatieIds).toEqual(['n1', 'n2', 'n3', 'n4', 'n5'])
  })

  it('R11: a concept that is not factureerbaar is left alone; the run makes no invoice', async () => {
    const { cockpit, concepten, conceptId } = await werkvoorbeeldConcept()
    const run = ok(await cockpit.factureerConcepten(maartOpties, ctx()))
    expect([run.klaargezet, run.facturen]).toEqual([0, []])
    expect((await concepten.laad('ADM01', conceptId)).status).toBe('nietFactureerbaar')
  })

  it('R21: the same run again (a retry after a crash) makes nothing twice and returns the same invoice', async () => {
    const { cockpit, concepten, conceptId } = await werkvoorbeeldConcept()
    ok(await concepten.stelFactureerbaar({ administratie: 'ADM01', conceptId }, ctx()))
    const eerste = ok(await cockpit.factureerConcepten(maartOpties, ctx()))
    const tweede = ok(await cockpit.factureerConcepten(maartOpties, ctx()))
    const factuurId = `R-2026-03-${conceptId}`
    expect(eerste.facturen).toEqual([{ factuurId, factuurnummer: '26000001' }])
    // The staging is the one recorded by the first call; the invoice exists once, the concept was invoiced once.
    expect([tweede.klaargezet, tweede.facturen]).toEqual([eerste.klaargezet, []])
    expect((await concepten.laad('ADM01', conceptId)).aantalFacturen).toBe(1)
    expect((await cockpit.factuur('ADM01', factuurId)).factuurnummer).toBe('26000001')
  })

  it('R21: a run that crashed after k appends (k = 1…12) finishes on retry with the same one invoice', async () => {
    for (let k = 1; k <= 12; k++) {
      const store = new CrashendeStore(new InMemoryEventStore())
      const { cockpit, concepten, conceptId } = await werkvoorbeeldConcept(store)
      ok(await concepten.stelFactureerbaar({ administratie: 'ADM01', conceptId }, ctx()))
      store.crashNa(k)
      await cockpit.factureerConcepten(maartOpties, ctx()).catch(() => undefined)
      store.herstel()
      ok(await cockpit.factureerConcepten(maartOpties, ctx()))
      const factuur = await cockpit.factuur('ADM01', `R-2026-03-${conceptId}`)
      expect([k, factuur.factuurnummer, factuur.btw?.totaalBruto]).toEqual([k, '26000001', '807.07'])
      expect((await concepten.laad('ADM01', conceptId)).aantalFacturen).toBe(1)
    }
  })

  it('R12: a factureerbaar concept of a relatie without settings in the master data is refused, nothing invoiced', async () => {
    const { cockpit, concepten, conceptId, stamgegevens } = await werkvoorbeeldConcept()
    ok(await concepten.stelFactureerbaar({ administratie: 'ADM01', conceptId }, ctx()))
    delete stamgegevens.relaties['10032']
    const run = await cockpit.factureerConcepten(maartOpties, ctx())
    expect(isLeft(run) && run.left.code).toBe('RELATIE_INSTELLINGEN_ONBEKEND')
    expect((await concepten.laad('ADM01', conceptId)).status).toBe('factureerbaar')
  })

  it('R20: the action refuses an option it does not have and a missing invoice date, naming them', async () => {
    const { cockpit } = await werkvoorbeeldConcept()
    const onbekend = await cockpit.factureerConcepten({ ...maartOpties, peildatum: '2026-03-31' }, ctx())
    expect(isLeft(onbekend) && onbekend.left.code).toBe('OPTIE_NIET_BESCHIKBAAR')
    const zonderDatum = await cockpit.factureerConcepten({ administratie: 'ADM01', runId: 'R' }, ctx())
    expect(isLeft(zonderDatum) && zonderDatum.left.message).toContain('factuurdatum')
  })
})
