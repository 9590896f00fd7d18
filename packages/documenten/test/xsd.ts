import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateXML } from 'xmllint-wasm'

/**
 * The shared e-invoice reference data: `shared/einvoice` beside the checkout (CI, the main checkout) or beside a
 * folder above it (a worktree); `EINVOICE_DIR` overrides.
 */
const vindEinvoice = (): string => {
  if (process.env.EINVOICE_DIR) return join(process.env.EINVOICE_DIR, '/')
  let map = fileURLToPath(new URL('../../../', import.meta.url))
  while (dirname(map) !== map) {
    map = dirname(map)
    const kandidaat = join(map, 'shared', 'einvoice')
    if (existsSync(kandidaat)) return join(kandidaat, '/')
  }
  throw new Error('shared/einvoice not found beside the checkout or above it; set EINVOICE_DIR')
}
export const einvoice = vindEinvoice()
const xsd = `${einvoice}ubl-2.1/xsd/`

const common = readdirSync(`${xsd}common`).map((naam) => ({
  fileName: `common/${naam}`,
  contents: readFileSync(`${xsd}common/${naam}`, 'utf8'),
}))
const schema = (naam: string) => ({
  fileName: `maindoc/${naam}`,
  contents: readFileSync(`${xsd}maindoc/${naam}`, 'utf8'),
})
const schemas = { Invoice: schema('UBL-Invoice-2.1.xsd'), CreditNote: schema('UBL-CreditNote-2.1.xsd') }

/** Validates a UBL Invoice or CreditNote against the OASIS UBL 2.1 XSD with libxml2 (compiled to wasm). */
export const valideerXsd = async (xml: string): Promise<{ valid: boolean; fouten: string[] }> => {
  const soort = xml.includes('<CreditNote') ? 'CreditNote' : 'Invoice'
  const resultaat = await validateXML({
    xml: { fileName: 'document.xml', contents: xml },
    schema: schemas[soort],
    preload: common,
  })
  return { valid: resultaat.valid, fouten: resultaat.errors.map((e) => e.message) }
}

/** Validates many documents of one kind in one libxml2 run; the errors name the file they are in. */
export const valideerAlleXsd = async (
  soort: 'Invoice' | 'CreditNote',
  documenten: readonly { naam: string; xml: string }[],
): Promise<{ valid: boolean; fouten: string[] }> => {
  if (documenten.length === 0) return { valid: true, fouten: [] }
  const resultaat = await validateXML({
    xml: documenten.map((d) => ({ fileName: d.naam, contents: d.xml })),
    schema: schemas[soort],
    preload: common,
  })
  return { valid: resultaat.valid, fouten: resultaat.errors.map((e) => e.rawMessage) }
}
