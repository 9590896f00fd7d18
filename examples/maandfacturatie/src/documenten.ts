import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { laadFactuurdocument, maakPdf, maakUbl } from '@factuurstroom/documenten'
import { type EventStore, readAllEvents } from '@factuurstroom/eventsourcing'
import { isLeft } from 'fp-ts/lib/Either.js'
import type { Bibliotheek } from './maand'
import type { Cockpitweergaven } from './weergaven'

/**
 * R31 after the month: a customer disputes one subscription invoice and gets a credit note for all of it, from the
 * credit series, journalised at once. Returns its number.
 */
export const crediteerEen = async (
  bieb: Bibliotheek,
  view: Cockpitweergaven,
  factuurdatum: string,
): Promise<string | undefined> => {
  const origineel = [...view.facturen.values()].find((f) => f.bron === 'abonnement' && f.gejournaliseerd)
  if (!origineel) return undefined
  const r = await bieb.cockpit.crediteer(
    {
      administratie: origineel.administratie,
      factuurId: origineel.factuurId,
      creditFactuurId: `CR-${origineel.factuurId}`,
      factuurdatum,
      journaliserenNaVoltooien: true,
    },
    {
      commandId: `crediteer:${origineel.factuurId}`,
      occurredAt: `${factuurdatum}T17:00:00.000Z`,
      actor: 'maandfacturatie',
    },
  )
  if (isLeft(r)) throw new Error(`crediteer ${origineel.factuurnummer}: ${r.left.code}: ${r.left.message}`)
  return r.right.factuurnummer
}

export interface Uitvoerresultaat {
  readonly documenten: number
  readonly facturen: number
  readonly creditnotas: number
  readonly seconden: number
}

/**
 * Every numbered invoice's PDF and UBL, rendered from its own events, as `<factuurnummer>.pdf` / `.xml` in `map`;
 * the documents of a previous run there are removed first (nothing else is touched).
 */
export const schrijfDocumenten = async (store: EventStore, map: string): Promise<Uitvoerresultaat> => {
  const start = performance.now()
  await mkdir(map, { recursive: true })
  for (const naam of await readdir(map)) if (/\.(pdf|xml)$/.test(naam)) await rm(join(map, naam))
  let facturen = 0
  let creditnotas = 0
  for await (const e of readAllEvents(store)) {
    if (e.type !== 'Gefactureerd') continue
    const { administratie, factuurId } = e.data as { administratie: string; factuurId: string }
    const document = await laadFactuurdocument(store, administratie, factuurId)
    if (isLeft(document)) throw new Error(`${factuurId}: ${document.left.code}: ${document.left.message}`)
    const xml = maakUbl(document.right)
    if (isLeft(xml)) throw new Error(`${factuurId}: ${xml.left.code}: ${xml.left.message}`)
    const nummer = document.right.factuurnummer
    await writeFile(join(map, `${nummer}.xml`), xml.right, 'utf8')
    await writeFile(join(map, `${nummer}.pdf`), await maakPdf(document.right))
    if (document.right.soort === 'creditnota') creditnotas++
    else facturen++
  }
  return {
    documenten: 2 * (facturen + creditnotas),
    facturen,
    creditnotas,
    seconden: (performance.now() - start) / 1000,
  }
}
