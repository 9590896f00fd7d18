import type { Either } from 'fp-ts/lib/Either.js'
import { describe, expect, it } from 'vitest'
import type { Factuurregel } from '../gedeeld/factuuropdracht'
import { relatie10032, werkvoorbeeldOpdracht } from '../journalisering/werkvoorbeeld.fixture'
import { ctx, maakCockpit, profiel } from './cockpit.fixture'

// R13 through the cockpit's factureerHandmatig, with R12's "factureren aan" kept apart from it. Project P2026-017
// belongs to debiteur 10032 in the cockpit's project master data.

const relatie20001 = { nummer: '20001', naam: 'Andere Klant B.V.' }
const hoofdkantoor = { nummer: '10001', naam: 'Exhibitions Holding N.V.' }

const regel: Factuurregel = {
  regelId: 'H1',
  omschrijving: 'Advies beursstand',
  soort: 'omzet',
  bedrag: '400.00',
  btwCode: 'HOOG',
  btwPercentage: '21',
  integratiegroep: 'UREN',
}

const handmatig = (
  factuurId: string,
  partijen: { verkooprelatie?: typeof relatie10032; factuurrelatie?: typeof relatie10032 },
) => {
  const verkooprelatie = partijen.verkooprelatie ?? relatie10032
  return {
    administratie: 'A1',
    factuurId,
    opdracht: werkvoorbeeldOpdracht({
      bron: 'handmatig',
      bronId: factuurId,
      verkooprelatie,
      factuurrelatie: partijen.factuurrelatie ?? verkooprelatie,
      regels: [regel],
    }),
  }
}

const fout = (result: Either<{ code: string; message: string; details?: unknown }, unknown>) =>
  result._tag === 'Left' ? result.left : undefined

const opzet = async () => {
  const cockpit = await maakCockpit({ profielen: { '10032': profiel('10032', { facturerenAan: '10001' }) } })
  const telling = async () => (await cockpit.store.readAll({ maxCount: 100_000 })).events.length
  return { ...cockpit, telling }
}

describe('R13: projecten factureren aan alle verkooprelaties, enforced by factureerHandmatig', () => {
  it('R13: off, a manual invoice for project P2026-017 of 10032 to relatie 20001 is refused and nothing is written', async () => {
    const { cockpit, telling } = await opzet()
    const voor = await telling()
    const geweigerd = await cockpit.factureerHandmatig(handmatig('H-1', { verkooprelatie: relatie20001 }), ctx())
    expect(fout(geweigerd)).toEqual({
      code: 'FACTUURRELATIE_NIET_TOEGESTAAN',
      message:
        'This project belongs to debiteur 10032; a manual project invoice to 20001 needs "projecten factureren aan alle verkooprelaties" (R13). Invoice the project\'s debiteur or switch that setting on.',
      details: { projectDebiteur: '10032', factuurrelatie: '20001' },
    })
    expect(await telling()).toBe(voor)
    expect((await cockpit.factuur('A1', 'H-1')).aangemaakt).toBe(false)
  })

  it('R13: off, an advance invoice (voorschot) to another relatie is refused just the same', async () => {
    const { cockpit, telling } = await opzet()
    const voor = await telling()
    const geweigerd = await cockpit.factureerHandmatig(
      { ...handmatig('V-1', { verkooprelatie: relatie20001 }), voorschot: true },
      ctx(),
    )
    expect(fout(geweigerd)?.code).toBe('FACTUURRELATIE_NIET_TOEGESTAAN')
    expect(await telling()).toBe(voor)
  })

  it("R13: off, the project's own debiteur is invoiced and numbered", async () => {
    const { cockpit } = await opzet()
    const gemaakt = await cockpit.factureerHandmatig(handmatig('H-1', {}), ctx())
    expect(gemaakt).toEqual({ _tag: 'Right', right: { factuurId: 'H-1', factuurnummer: '26000001' } })
    const opdracht = (await cockpit.factuur('A1', 'H-1')).opdracht
    expect([opdracht?.verkooprelatie, opdracht?.factuurrelatie, opdracht?.project]).toEqual([
      relatie10032,
      relatie10032,
      { nummer: 'P2026-017', omschrijving: 'Beursstand Jaarbeurs' },
    ])
  })

  it('R13: on, the same manual project invoice to relatie 20001 is made', async () => {
    const { cockpit, instellingen } = await opzet()
    instellingen.projectenFacturerenAanAlleVerkooprelaties = true
    const gemaakt = await cockpit.factureerHandmatig(handmatig('H-1', { verkooprelatie: relatie20001 }), ctx())
    expect(gemaakt).toEqual({ _tag: 'Right', right: { factuurId: 'H-1', factuurnummer: '26000001' } })
    const opdracht = (await cockpit.factuur('A1', 'H-1')).opdracht
    expect([opdracht?.verkooprelatie, opdracht?.factuurrelatie]).toEqual([relatie20001, relatie20001])
  })

  it('R13: off, a project missing from the master data is refused as PROJECT_ONBEKEND and nothing is written', async () => {
    const { cockpit, telling, projecten } = await opzet()
    delete projecten['P2026-017']
    const voor = await telling()
    const geweigerd = await cockpit.factureerHandmatig(handmatig('H-1', {}), ctx())
    expect(fout(geweigerd)?.code).toBe('PROJECT_ONBEKEND')
    expect(fout(geweigerd)?.details).toEqual({ administratie: 'A1', project: 'P2026-017' })
    expect(await telling()).toBe(voor)
  })
})

describe('R12 beside R13: "factureren aan" is invoicing another relatie on purpose', () => {
  it("R12: off, the debiteur's own factureren-aan relatie (its head office) may receive the project invoice", async () => {
    const { cockpit } = await opzet()
    const gemaakt = await cockpit.factureerHandmatig(handmatig('H-1', { factuurrelatie: hoofdkantoor }), ctx())
    expect(gemaakt).toEqual({ _tag: 'Right', right: { factuurId: 'H-1', factuurnummer: '26000001' } })
    const opdracht = (await cockpit.factuur('A1', 'H-1')).opdracht
    expect([opdracht?.verkooprelatie, opdracht?.factuurrelatie]).toEqual([relatie10032, hoofdkantoor])
  })

  it('R12: off, a factuurrelatie that is not the debiteur’s factureren aan is refused and nothing is written', async () => {
    const { cockpit, telling } = await opzet()
    const voor = await telling()
    const geweigerd = await cockpit.factureerHandmatig(handmatig('H-1', { factuurrelatie: relatie20001 }), ctx())
    expect(fout(geweigerd)).toEqual({
      code: 'FACTUREREN_AAN_NIET_INGESTELD',
      message:
        'A manual project invoice for debiteur 10032 goes to 20001, but 10032\'s "factureren aan" is 10001 (R12), and "projecten factureren aan alle verkooprelaties" is off (R13). Send it to 10001, or set "factureren aan" on relatie 10032.',
      details: { debiteur: '10032', factuurrelatie: '20001', facturerenAan: '10001' },
    })
    expect(await telling()).toBe(voor)
  })

  it('R12: an invoice without a project is not judged by R13: any relatie may be invoiced', async () => {
    const { cockpit, profielen } = await opzet()
    profielen['20001'] = profiel('20001')
    const { opdracht, ...rest } = handmatig('H-1', { verkooprelatie: relatie20001 })
    const { project: _project, ...zonderProject } = opdracht
    const gemaakt = await cockpit.factureerHandmatig({ ...rest, opdracht: zonderProject }, ctx())
    expect(gemaakt).toEqual({ _tag: 'Right', right: { factuurId: 'H-1', factuurnummer: '26000001' } })
  })
})
