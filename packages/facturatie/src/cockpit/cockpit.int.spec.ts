import { decisionEvents, foldEvents } from '@factuurstroom/eventsourcing'
import { isLeft, isRight } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Conceptfactuur } from '../bronnen'
import { conceptDecider } from '../concept'
import { factureer, voorbeeldHistorie } from '../concept/voorbeeld.fixture'
import { werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import { abonnementsregels, ctx, maakCockpit, overdragendePoort, profiel } from './cockpit.fixture'

const code = (r: { _tag: string; left?: { code?: string } }) => (isLeft(r as never) ? r.left?.code : 'Right')

const basisregel = {
  administratie: 'A1',
  verkooprelatie: { nummer: '10032', naam: 'Koninklijke Exhibitions Benelux B.V.' },
  valuta: 'EUR',
  btwPlicht: 'binnenland',
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
}

/** The worked example as the concept hands it over (ConceptGefactureerd). */
const werkvoorbeeldConcept: Conceptfactuur = {
  administratie: 'A1',
  conceptId: 'C-2026-0001',
  factuurId: 'F-C-2026-0001',
  factuuropdracht: werkvoorbeeldOpdracht(),
  herkomst: werkvoorbeeldOpdracht().regels.map((r) => ({
    factuurregelId: r.regelId,
    conceptregelIds: [`${r.regelId}-1`],
  })),
  projecten: [{ nummer: 'P2026-017', apartFactureren: false }],
}

/** Factureren concepten on the concept's invoice date; runId F makes its invoice F-C-2026-0001. */
const conceptenRun = {
  administratie: 'A1',
  runId: 'F',
  factuurdatum: werkvoorbeeldConcept.factuuropdracht.factuurdatum,
}

/** A cockpit with concepts on whose concept source hands over the worked example's concept. */
const maakConceptCockpit = () =>
  maakCockpit({ conceptfacturering: true, concepten: overdragendePoort([werkvoorbeeldConcept]) })

describe('Facturatiecockpit actions', () => {
  it('R20: each action refuses an option it does not have, and writes nothing', async () => {
    const { cockpit } = await maakCockpit()
    const run = { administratie: 'A1', runId: 'R', factuurdatum: '2026-04-01' }
    const o = await cockpit.factureerOrdermanagement({ ...run, journaliserenNaVoltooien: true }, [], ctx())
    expect(code(o)).toBe('OPTIE_NIET_BESCHIKBAAR')
    expect(code(await cockpit.factureerOrdermanagement({ ...run, meenemenTeCrediterenRegels: true }, [], ctx()))).toBe(
      'OPTIE_NIET_BESCHIKBAAR',
    )
    expect(code(await cockpit.factureerTermijnen({ ...run, meenemenTeCrediterenRegels: true }, [], ctx()))).toBe(
      'OPTIE_NIET_BESCHIKBAAR',
    )
    expect(code(await cockpit.factureerNacalculatie({ ...run, meenemenTeCrediterenRegels: true }, [], ctx()))).toBe(
      'OPTIE_NIET_BESCHIKBAAR',
    )
    expect(code(await cockpit.factureerCursussen({ ...run, peildatum: '2026-04-01' }, [], ctx()))).toBe(
      'OPTIE_NIET_BESCHIKBAAR',
    )
    // The options they do have are accepted.
    expect(
      code(
        await cockpit.factureerCursussen(
          { ...run, meenemenTeCrediterenRegels: true, journaliserenNaVoltooien: true, verstrekkenNaVoltooien: true },
          [],
          ctx(),
        ),
      ),
    ).toBe('Right')
    expect(code(await cockpit.factureerAbonnementen({ ...run, peildatum: 'april' }, [], ctx()))).toBe('DECODE_FAILED')
    expect((await cockpit.teFacturerenRegels('A1')).facturen).toEqual([])
  })

  it('R20: peildatum decides which subscription lines are due; credit lines only with "meenemen te crediteren regels"', async () => {
    const { cockpit } = await maakCockpit()
    const [a, b] = abonnementsregels(1, 2, 1)
    const later = { ...b!, periode: { van: '2026-05-01', tot: '2026-05-31' } }
    const credit = { ...a!, regelId: 'CR', bedrag: '-10.00', teCrediteren: true }
    const opties = { administratie: 'A1', runId: 'R1', peildatum: '2026-04-15', factuurdatum: '2026-04-15' }
    const zonder = await cockpit.factureerAbonnementen(opties, [a, later, credit], ctx())
    expect(isRight(zonder) && [zonder.right.klaargezet, zonder.right.nietMeegenomen]).toEqual([1, 2])
    const met = await cockpit.factureerAbonnementen(
      { ...opties, runId: 'R2', meenemenTeCrediterenRegels: true },
      [a, later, credit],
      ctx(),
    )
    expect(isRight(met) && [met.right.klaargezet, met.right.alKlaargezet]).toEqual([1, ['abonnement:AB-0-0:L0']])
  })

  it('R1: nacalculatie is refused with concepts on, concepten with concepts off', async () => {
    const aan = await maakCockpit({ conceptfacturering: true })
    const run = { administratie: 'A1', runId: 'R', factuurdatum: '2026-04-01' }
    expect(code(await aan.cockpit.factureerNacalculatie(run, [], ctx()))).toBe('NACALCULATIE_VIA_CONCEPTEN')
    const uit = await maakCockpit()
    expect(code(await uit.cockpit.factureerConcepten(run, ctx()))).toBe('CONCEPTFACTURERING_UIT')
    const uren = await uit.cockpit.factureerNacalculatie(
      run,
      [
        {
          ...basisregel,
          regelId: 'x',
          nacalculatieId: 'N1',
          project: { nummer: 'P1', omschrijving: 'Project' },
          datum: '2026-03-20',
          goedgekeurd: true,
          omschrijving: 'Advies',
          bedrag: '95.00',
        },
      ],
      ctx(),
    )
    expect(isRight(uren) && uren.right.facturen.length).toBe(1)
  })

  it('R18: balie is shown but not invoiced from the cockpit; bakkerij and flex are refused', async () => {
    const { cockpit } = await maakCockpit()
    expect(code(cockpit.factureerBron('balie'))).toBe('BALIEFACTUUR_NIET_VIA_COCKPIT')
    expect(code(cockpit.factureerBron('flex'))).toBe('BRON_NIET_VIA_COCKPIT')
    const opdracht = werkvoorbeeldOpdracht({ bron: 'balie' })
    expect(code(await cockpit.factureerHandmatig({ administratie: 'A1', factuurId: 'B1', opdracht }, ctx()))).toBe(
      'BALIEFACTUUR_NIET_VIA_COCKPIT',
    )
    const bakkerij = { ...opdracht, bron: 'bakkerij' }
    const fout = await cockpit.factureerHandmatig({ administratie: 'A1', factuurId: 'B2', opdracht: bakkerij }, ctx())
    expect(isLeft(fout) && fout.left.message).toContain('R18')
  })

  it('R19/R16: collected lines wait for the Verzamelfactuur function; a project on "apart factureren" gets its own', async () => {
    const { cockpit } = await maakCockpit({
      profielen: { '10000': profiel('10000', { verzamelmethode: 'perVerkooprelatie', verzamelperiode: 'maand' }) },
    })
    const regels = abonnementsregels(2, 2, 1)
    const project = { nummer: 'P9', omschrijving: 'Apart project', apartFactureren: true }
    const metProject = regels.map((r, i) => (i === 1 ? { ...r, project } : r))
    const eigen = { ...regels[0]!, abonnementId: 'AB-eigen', verzamelen: false }
    const run = await cockpit.factureerAbonnementen(
      { administratie: 'A1', runId: 'R1', peildatum: '2026-04-30', factuurdatum: '2026-04-30' },
      [...metProject, eigen],
      ctx(),
    )
    // Relatie 10000 collects (2 lines wait), except the subscription that says otherwise; 10001 invoices apart.
    expect(isRight(run) && [run.right.wachtend, run.right.facturen.length]).toEqual([2, 3])
    // April has not ended by 2026-04-29: the monthly period keeps the lines waiting.
    const teVroeg = await cockpit.maakVerzamelfactuur(
      { administratie: 'A1', runId: 'V0', totEnMet: '2026-04-29', factuurdatum: '2026-04-29' },
      ctx(),
    )
    expect(isRight(teVroeg) && teVroeg.right.facturen).toEqual([])
    const verzameld = await cockpit.maakVerzamelfactuur(
      {
        administratie: 'A1',
        runId: 'V1',
        totEnMet: '2026-04-30',
        factuurdatum: '2026-04-30',
        journaliserenNaVoltooien: true,
      },
      ctx(),
    )
    expect(isRight(verzameld) && verzameld.right.facturen.length).toBe(2)
    if (!isRight(verzameld)) return
    const eerste = await cockpit.factuur('A1', verzameld.right.facturen[0]!.factuurId)
    expect(eerste.opdracht?.bron).toBe('verzamelfactuur')
    expect(eerste.gejournaliseerd).toBe(true)
    expect([...eerste.regels.values()].map((r) => [r.status, r.herkomst.bron, r.herkomst.bronId])).toEqual([
      ['Afgehandeld', 'abonnement', 'AB-0-0'],
    ])
    expect((await cockpit.teFacturerenRegels('A1')).wachtend).toEqual([])
  })

  it('R16: with concepts on, the profile method is fixed to per verkooprelatie and the period to niet', async () => {
    const { cockpit } = await maakCockpit({
      conceptfacturering: true,
      profielen: { '10032': profiel('10032', { verzamelmethode: 'perProject', verzamelperiode: 'week' }) },
      concepten: overdragendePoort([werkvoorbeeldConcept]),
    })
    const run = await cockpit.factureerConcepten({ ...conceptenRun, runId: 'R1' }, ctx())
    expect(isRight(run) && run.right.wachtend).toBe(6)
    const wachtend = (await cockpit.teFacturerenRegels('A1')).wachtend
    expect(wachtend[0]?.verzameling).toEqual({
      methode: 'perVerkooprelatie',
      periode: 'niet',
      vastgezetDoorConcepten: true,
    })
  })

  it('worked example end to end: the Concept of issue 4 → invoice 807.07 numbered from the series → journalised; R24', async () => {
    // The concept (issue 4) invoices the worked example and hands over ConceptGefactureerd.
    const concept = foldEvents(conceptDecider, conceptDecider.initialState(), voorbeeldHistorie)
    const factuurId = 'R-2026-01-c-1'
    const besluit = conceptDecider.decide(factureer({ factuurId }), concept)
    if (isLeft(besluit)) throw new Error(besluit.left.message)
    const overdracht = decisionEvents(besluit.right).find((e) => e.type === 'ConceptGefactureerd')
    if (overdracht?.type !== 'ConceptGefactureerd') throw new Error('expected ConceptGefactureerd')

    const { cockpit } = await maakCockpit({
      conceptfacturering: true,
      administratie: 'ADM01',
      concepten: overdragendePoort([overdracht.data]),
    })
    const run = await cockpit.factureerConcepten(
      {
        administratie: 'ADM01',
        runId: 'R-2026-01',
        factuurdatum: overdracht.data.factuuropdracht.factuurdatum,
        journaliserenNaVoltooien: true,
        verstrekkenNaVoltooien: true,
      },
      ctx(),
    )
    expect(isRight(run) && run.right.facturen).toEqual([{ factuurId, factuurnummer: '26000001' }])
    const factuur = await cockpit.factuur('ADM01', factuurId)
    // R33: the invoice computes the VAT over the net total the concept recorded.
    expect(factuur.btw?.totaalNetto).toBe(overdracht.data.totaalNetto)
    expect(factuur.btw?.totaalBruto).toBe('807.07')
    expect(factuur.gejournaliseerd && factuur.verstrekt.has('factuur')).toBe(true)
    expect(factuur.regels.get('concept:c-1:werksoort:ADV|UREN|hoog')?.herkomst).toEqual({
      bron: 'concept',
      bronId: 'c-1',
      bronRegelId: 'werksoort:ADV|UREN|hoog',
      teFacturerenRegelId: 'concept:c-1:werksoort:ADV|UREN|hoog',
    })

    const ref = { administratie: 'ADM01', factuurId }
    const post = await cockpit.raadpleegJournaalpost(ref, { actor: 'boekhouder' })
    if (!isRight(post)) throw new Error('expected the journaalpost')
    expect(post.right.journaalpost.omschrijving).toBe('[pro] 10032-Koninklijke Exhibitions Benelux B.V.')
    expect(post.right.journaalpost.regels.map((r) => [r.rekening, r.zijde, r.bedrag])).toEqual([
      ['1300', 'debet', '807.07'],
      ['1450', 'debet', '1000.00'],
      ['8000', 'credit', '1516.00'],
      ['8050', 'credit', '151.00'],
      ['1510', 'credit', '140.07'],
    ])
    expect([post.right.journaalpost.totaalDebet, post.right.openstaandePost.bedrag]).toEqual(['1807.07', '807.07'])
    // R24: consulting is authorised.
    expect(code(await cockpit.raadpleegJournaalpost(ref, { actor: 'stagiair' }))).toBe(
      'JOURNAALPOST_NIET_GEAUTORISEERD',
    )
    expect(code(await cockpit.raadpleegJournaalpost(ref, {}))).toBe('JOURNAALPOST_NIET_GEAUTORISEERD')
  })

  it('bad input: journalising twice, an Afgehandeld line, crediting beyond the original and a credit note beyond its amount', async () => {
    const { cockpit, store } = await maakConceptCockpit()
    await cockpit.factureerConcepten(conceptenRun, ctx())
    const ref = { administratie: 'A1', factuurId: 'F-C-2026-0001' }
    const telling = async () => (await store.readAll({ maxCount: 100_000 })).events.length
    const adv = (await cockpit.factuur('A1', 'F-C-2026-0001')).regels.get('concept:C-2026-0001:ADV')!.regel
    const eerst = await telling()
    const afgehandeld = await cockpit.wijzigRegel({ ...ref, regel: { ...adv, bedrag: '1.00' } }, ctx())
    expect(code(afgehandeld)).toBe('FACTUURREGEL_AFGEHANDELD')
    expect(await telling()).toBe(eerst)
    expect(code(await cockpit.journaliseer(ref, ctx()))).toBe('Right')
    const voor = await telling()
    expect(code(await cockpit.journaliseer(ref, ctx()))).toBe('FACTUUR_AL_GEJOURNALISEERD')
    const bevroren = await cockpit.wijzigRegel({ ...ref, regel: { ...adv, bedrag: '1.00' } }, ctx())
    expect(code(bevroren)).toBe('FACTUUR_BEVROREN')
    expect(await telling()).toBe(voor)

    // R31: a credit note for ONT from the credit dagboek, referring to the original.
    const credit = await cockpit.crediteer(
      {
        ...ref,
        creditFactuurId: 'CF-1',
        factuurdatum: '2026-04-15',
        regels: [{ regelId: 'concept:C-2026-0001:ONT' }],
        journaliserenNaVoltooien: true,
      },
      ctx(),
    )
    expect(isRight(credit) && credit.right.factuurnummer).toBe('CR1')
    const creditnota = await cockpit.factuur('A1', 'CF-1')
    expect([creditnota.btw?.totaalBruto, creditnota.creditnota, creditnota.gejournaliseerd]).toEqual([
      '-598.95',
      { origineelFactuurId: 'F-C-2026-0001', origineelFactuurnummer: '26000001', origineelFactuurdatum: '2026-03-31' },
      true,
    ])
    const nogmaals = await cockpit.crediteer(
      {
        ...ref,
        creditFactuurId: 'CF-2',
        factuurdatum: '2026-04-15',
        regels: [{ regelId: 'concept:C-2026-0001:ONT', bedrag: '0.01' }],
      },
      ctx(),
    )
    expect(code(nogmaals)).toBe('CREDITERING_TE_HOOG')
    const voorbij = await cockpit.crediteer(
      {
        administratie: 'A1',
        factuurId: 'CF-1',
        creditFactuurId: 'CF-3',
        factuurdatum: '2026-04-16',
        regels: [{ regelId: 'concept:C-2026-0001:ONT', bedrag: '495.01' }],
      },
      ctx(),
    )
    expect(code(voorbij)).toBe('CREDITERING_TE_HOOG')
    const na = await telling()
    expect(code(await cockpit.journaliseer({ administratie: 'A1', factuurId: 'CF-1' }, ctx()))).toBe(
      'FACTUUR_AL_GEJOURNALISEERD',
    )
    expect(await telling()).toBe(na)
  })

  it('R23: a manual invoice keeps its lines Actief and editable until issued; lines in two valuta are refused', async () => {
    const { cockpit, store } = await maakCockpit()
    const regel = {
      regelId: 'H1',
      omschrijving: 'Advies',
      soort: 'omzet' as const,
      bedrag: '100.00',
      btwCode: 'HOOG',
      btwPercentage: '21',
      integratiegroep: 'UREN',
    }
    const opdracht = werkvoorbeeldOpdracht({ bron: 'handmatig', bronId: 'H-1', regels: [regel] })
    const gemaakt = await cockpit.factureerHandmatig({ administratie: 'A1', factuurId: 'H-1', opdracht }, ctx())
    expect(isRight(gemaakt) && gemaakt.right.factuurnummer).toBe('26000001')
    expect(
      code(
        await cockpit.wijzigRegel(
          { administratie: 'A1', factuurId: 'H-1', regel: { ...regel, bedrag: '120.00' } },
          ctx(),
        ),
      ),
    ).toBe('Right')
    expect((await cockpit.factuur('A1', 'H-1')).btw?.totaalBruto).toBe('145.20')
    await cockpit.verstrek({ administratie: 'A1', factuurId: 'H-1' }, ctx())
    expect(code(await cockpit.wijzigRegel({ administratie: 'A1', factuurId: 'H-1', regel }, ctx()))).toBe(
      'FACTUUR_NIET_ACTIEF',
    )
    const voor = (await store.readAll({ maxCount: 100_000 })).events.length
    const tweeValuta = { ...opdracht, regels: [regel, { ...regel, regelId: 'H2', valuta: 'USD' }] }
    expect(
      code(await cockpit.factureerHandmatig({ administratie: 'A1', factuurId: 'H-2', opdracht: tweeValuta }, ctx())),
    ).toBe('FACTUUR_MEERDERE_VALUTA')
    expect((await store.readAll({ maxCount: 100_000 })).events.length).toBe(voor)
  })

  it('R17/R20: ordermanagement and termijnen invoice what the modules hand over, per pakbon and per termijn', async () => {
    const { cockpit, uitgevoerd } = await maakCockpit({
      profielen: {
        '10032': profiel('10032', {
          verstrekkingen: [
            { rapport: 'factuur', wijze: 'peppol' },
            { rapport: 'pakbon', wijze: 'print' },
          ],
        }),
      },
    })
    const pakbon = (pakbonId: string, regelId: string) => ({
      ...basisregel,
      regelId,
      orderId: 'O-1',
      pakbonId,
      leverdatum: '2026-04-03',
      omschrijving: 'Standbouw',
      bedrag: '250.00',
    })
    const orders = await cockpit.factureerOrdermanagement(
      { administratie: 'A1', runId: 'OM-1', factuurdatum: '2026-04-03', verstrekkenNaVoltooien: true },
      [pakbon('PB-1', '1'), pakbon('PB-1', '2'), pakbon('PB-2', '1')],
      ctx(),
    )
    expect(isRight(orders) && orders.right.facturen.map((f) => f.factuurnummer)).toEqual(['26000001', '26000002'])
    const eerste = await cockpit.factuur('A1', 'OM-1-1')
    expect([eerste.opdracht?.leverdatum, eerste.integratiesoort, eerste.regels.size, eerste.gejournaliseerd]).toEqual([
      '2026-04-03',
      'ordermanagement',
      2,
      false,
    ])
    // R22: issued by the relatie's verstrekkingswijze per report type.
    expect(uitgevoerd).toEqual([
      '26000001:factuur:peppol',
      '26000001:pakbon:print',
      '26000002:factuur:peppol',
      '26000002:pakbon:print',
    ])
    const termijn = await cockpit.factureerTermijnen(
      { administratie: 'A1', runId: 'TR-1', factuurdatum: '2026-04-30', journaliserenNaVoltooien: true },
      [
        {
          ...basisregel,
          regelId: 'T1',
          termijnId: 'TRM-3',
          project: { nummer: 'P1', omschrijving: 'Beurs' },
          datum: '2026-04-30',
          gereedGemeld: true,
          omschrijving: 'Termijn 3',
          bedrag: '5000.00',
        },
      ],
      ctx(),
    )
    expect(isRight(termijn) && termijn.right.facturen).toEqual([{ factuurId: 'TR-1-1', factuurnummer: '26000003' }])
    const post = await cockpit.raadpleegJournaalpost(
      { administratie: 'A1', factuurId: 'TR-1-1' },
      { actor: 'boekhouder' },
    )
    expect(isRight(post) && post.right.journaalpost.omschrijving).toBe(
      '[pro] 10032-Koninklijke Exhibitions Benelux B.V.',
    )
  })

  it('R1: with concepts on, a project invoice by hand is refused unless it is an advance', async () => {
    const { cockpit } = await maakCockpit({ conceptfacturering: true })
    const opdracht = werkvoorbeeldOpdracht({ bron: 'handmatig', bronId: 'H-1' })
    const geweigerd = await cockpit.factureerHandmatig({ administratie: 'A1', factuurId: 'H-1', opdracht }, ctx())
    expect(code(geweigerd)).toBe('PROJECTFACTUUR_ALLEEN_VIA_CONCEPT')
    const voorschot = werkvoorbeeldOpdracht({
      bron: 'handmatig',
      bronId: 'V-1',
      regels: [
        {
          regelId: 'V',
          omschrijving: 'Voorschot',
          soort: 'omzet',
          bedrag: '1000.00',
          btwCode: 'HOOG',
          btwPercentage: '21',
          integratiegroep: 'VOORSCHOT',
        },
      ],
    })
    const ok = await cockpit.factureerHandmatig(
      { administratie: 'A1', factuurId: 'V-1', opdracht: voorschot, voorschot: true },
      ctx(),
    )
    expect(isRight(ok) && ok.right.factuurnummer).toBe('26000001')
  })

  it('bad input: invoicing or crediting a blocked relatie is refused and appends nothing', async () => {
    const { cockpit, store, profielen } = await maakConceptCockpit()
    const telling = async () => (await store.readAll({ maxCount: 100_000 })).events.length
    await cockpit.factureerConcepten(conceptenRun, ctx())
    profielen['10032'] = profiel('10032', { geblokkeerd: true })
    const voor = await telling()
    const credit = await cockpit.crediteer(
      { administratie: 'A1', factuurId: 'F-C-2026-0001', creditFactuurId: 'CF-1', factuurdatum: '2026-04-15' },
      ctx(),
    )
    expect(code(credit)).toBe('RELATIE_GEBLOKKEERD')
    const regel = {
      regelId: 'H1',
      omschrijving: 'Advies',
      soort: 'omzet' as const,
      bedrag: '100.00',
      btwCode: 'HOOG',
      btwPercentage: '21',
      integratiegroep: 'UREN',
    }
    const { project: _project, ...handmatig } = werkvoorbeeldOpdracht({
      bron: 'handmatig',
      bronId: 'H-1',
      regels: [regel],
    })
    expect(
      code(await cockpit.factureerHandmatig({ administratie: 'A1', factuurId: 'H-1', opdracht: handmatig }, ctx())),
    ).toBe('RELATIE_GEBLOKKEERD')
    expect(await telling()).toBe(voor)
  })

  it('R24: consulting a journaalpost is authorised, and there is none before journalising', async () => {
    const { cockpit } = await maakConceptCockpit()
    await cockpit.factureerConcepten(conceptenRun, ctx())
    const ref = { administratie: 'A1', factuurId: 'F-C-2026-0001' }
    const geweigerd = await cockpit.raadpleegJournaalpost(ref, { actor: 'stagiair' })
    expect(isLeft(geweigerd) && geweigerd.left.message).toContain('R24')
    expect(code(await cockpit.raadpleegJournaalpost(ref, { actor: 'boekhouder' }))).toBe('FACTUUR_NIET_GEJOURNALISEERD')
    await cockpit.journaliseer(ref, ctx())
    const post = await cockpit.raadpleegJournaalpost(ref, { actor: 'boekhouder' })
    expect(isRight(post) && [post.right.factuurnummer, post.right.dagboek, post.right.openstaandePost.bedrag]).toEqual([
      '26000001',
      '70',
      '807.07',
    ])
  })

  it('bad input: a source line of another administratie is refused and nothing is staged', async () => {
    const { cockpit } = await maakCockpit()
    const [regel] = abonnementsregels(1, 1, 1)
    const r = await cockpit.factureerAbonnementen(
      { administratie: 'A1', runId: 'R', peildatum: '2026-04-30', factuurdatum: '2026-04-30' },
      [{ ...regel, administratie: 'A2' }],
      ctx(),
    )
    expect(code(r)).toBe('ANDERE_ADMINISTRATIE')
    expect((await cockpit.teFacturerenRegels('A1')).facturen).toEqual([])
  })
})
