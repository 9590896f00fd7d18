import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InMemoryEventStore } from '@factuurstroom/eventsourcing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bedrijfsregelfouten } from '../../../packages/documenten/test/bedrijfsregels'
import { valideerAlleXsd } from '../../../packages/documenten/test/xsd'
import { crediteerEen, schrijfDocumenten, type Uitvoerresultaat } from './documenten'
import { genereerMaand } from './genereer'
import { draaiMaand } from './maand'

const maand = genereerMaand({ seed: 'spec', relaties: 12 })
let map: string
let uitvoer: Uitvoerresultaat
let creditnota: string | undefined

beforeAll(async () => {
  const store = new InMemoryEventStore()
  const uitkomst = await draaiMaand(store, maand)
  creditnota = await crediteerEen(uitkomst.bibliotheek, uitkomst.weergaven, maand.laatsteDag)
  map = await mkdtemp(join(tmpdir(), 'uitvoer-'))
  uitvoer = await schrijfDocumenten(store, map)
})
afterAll(() => rm(map, { recursive: true, force: true }))

describe("the main job's documents (tiny month)", () => {
  it('every invoice and the credit note as <factuurnummer>.pdf and .xml', async () => {
    const namen = (await readdir(map)).sort()
    expect(creditnota).toMatch(/^CR1\d+$/)
    expect(uitvoer.creditnotas).toBe(1)
    expect(namen.length).toBe(uitvoer.documenten)
    expect(namen.filter((n) => n.endsWith('.pdf')).map((n) => n.slice(0, -4))).toEqual(
      namen.filter((n) => n.endsWith('.xml')).map((n) => n.slice(0, -4)),
    )
    expect(namen).toContain(`${creditnota}.xml`)
  })

  it('every UBL document validates against the UBL 2.1 XSD and passes the business rules; verlegd, intra-EU and a credit note are among them', async () => {
    const documenten = await Promise.all(
      (await readdir(map))
        .filter((n) => n.endsWith('.xml'))
        .map(async (naam) => ({ naam, xml: await readFile(join(map, naam), 'utf8') })),
    )
    const creditnotas = documenten.filter((d) => d.xml.includes('<CreditNote'))
    const facturen = documenten.filter((d) => !d.xml.includes('<CreditNote'))
    expect(await valideerAlleXsd('Invoice', facturen)).toEqual({ valid: true, fouten: [] })
    expect(await valideerAlleXsd('CreditNote', creditnotas)).toEqual({ valid: true, fouten: [] })
    expect(documenten.flatMap((d) => bedrijfsregelfouten(d.xml).map((f) => `${d.naam} ${f}`))).toEqual([])
    expect(creditnotas.length).toBe(1)
    expect(facturen.some((d) => d.xml.includes('<cbc:ID>AE</cbc:ID>'))).toBe(true)
    expect(facturen.some((d) => d.xml.includes('<cbc:ID>K</cbc:ID>'))).toBe(true)
  })
})
