import { describe, expect, it } from 'vitest'
import { isoWeek, maakOmschrijving, type OmschrijvingFinancieel, omschrijvingToegestaan } from './omschrijving'
import { werkvoorbeeldOpdracht } from './werkvoorbeeld.fixture'

const pro = { bron: '[pro]', verdichtenPerProjectfase: true }
const fase = { nummer: 'P2026-017', omschrijving: 'Beursstand Jaarbeurs', fase: { code: 'F2', omschrijving: 'Opbouw' } }

describe('R28: omschrijving financieel', () => {
  it('R28: bron + naam factuurrelatie gives the seed’s example exactly', () => {
    expect(maakOmschrijving('bronNaamFactuurrelatie', werkvoorbeeldOpdracht(), pro)).toBe(
      '[pro] Koninklijke Exhibitions Benelux B.V.',
    )
  })

  it('R28: bron + nummer factuurrelatie + naam factuurrelatie gives the seed’s example exactly', () => {
    expect(maakOmschrijving('bronNummerNaamFactuurrelatie', werkvoorbeeldOpdracht(), pro)).toBe(
      '[pro] 10032-Koninklijke Exhibitions Benelux B.V.',
    )
  })

  it('R28: all seven templates', () => {
    const opdracht = werkvoorbeeldOpdracht({
      project: fase,
      bronOmschrijving: 'Maandfactuur maart',
      leverdatum: '2026-01-29',
    })
    const verwacht: Record<OmschrijvingFinancieel, string> = {
      bronOmschrijvingBron: '[pro] Maandfactuur maart',
      bronNaamFactuurrelatie: '[pro] Koninklijke Exhibitions Benelux B.V.',
      bronNummerNaamFactuurrelatie: '[pro] 10032-Koninklijke Exhibitions Benelux B.V.',
      bronOmschrijvingProject: '[pro] Beursstand Jaarbeurs',
      bronProjectnummerOmschrijvingProject: '[pro] P2026-017-Beursstand Jaarbeurs',
      bronWeekLevering: '[pro] 2026-W05',
      bronProjectnummerProjectfaseOmschrijvingProjectfase: '[pro] P2026-017-F2-Opbouw',
    }
    for (const [template, tekst] of Object.entries(verwacht)) {
      expect(maakOmschrijving(template as OmschrijvingFinancieel, opdracht, pro)).toBe(tekst)
    }
  })

  it('R28: invoicing per verkooprelatie with bron + omschrijving project falls back to bron + naam factuurrelatie', () => {
    const { project: _, ...perVerkooprelatie } = werkvoorbeeldOpdracht()
    expect(maakOmschrijving('bronOmschrijvingProject', perVerkooprelatie, pro)).toBe(
      '[pro] Koninklijke Exhibitions Benelux B.V.',
    )
    expect(maakOmschrijving('bronProjectnummerOmschrijvingProject', perVerkooprelatie, pro)).toBe(
      '[pro] Koninklijke Exhibitions Benelux B.V.',
    )
  })

  it('R28: the projectfase template falls back to the project once verdichten per projectfase is off', () => {
    const opdracht = werkvoorbeeldOpdracht({ project: fase })
    expect(
      maakOmschrijving('bronProjectnummerProjectfaseOmschrijvingProjectfase', opdracht, {
        bron: '[pro]',
        verdichtenPerProjectfase: false,
      }),
    ).toBe('[pro] P2026-017-Beursstand Jaarbeurs')
  })

  it('R28: the projectfase template may only be chosen with verdichten per projectfase on', () => {
    const template = 'bronProjectnummerProjectfaseOmschrijvingProjectfase'
    expect(omschrijvingToegestaan(template, 'automatischeProjectfacturen', false)).toBe(false)
    expect(omschrijvingToegestaan(template, 'automatischeProjectfacturen', true)).toBe(true)
    expect(omschrijvingToegestaan('bronOmschrijvingProject', 'abonnementen', true)).toBe(false)
    expect(omschrijvingToegestaan('bronWeekLevering', 'ordermanagement', false)).toBe(true)
    expect(omschrijvingToegestaan('bronWeekLevering', 'cursussen', false)).toBe(false)
  })

  it('R28: omschrijving bron without a source description uses the source id; ISO weeks across a year end', () => {
    expect(maakOmschrijving('bronOmschrijvingBron', werkvoorbeeldOpdracht(), { ...pro, bron: '[abo]' })).toBe(
      '[abo] C-2026-0001',
    )
    expect(isoWeek('2026-01-01')).toBe('2026-W01')
    expect(isoWeek('2027-01-01')).toBe('2026-W53')
    expect(isoWeek('2024-12-30')).toBe('2025-W01')
  })
})
