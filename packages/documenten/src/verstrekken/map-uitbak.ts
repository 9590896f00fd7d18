import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Uitbak } from './poorten'

/**
 * An outbox folder: each UBL document as `<bestandsnaam>`, written to a temporary name and renamed, so an access
 * point polling the folder never reads half a file; writing the same invoice again replaces it (idempotent).
 */
export const mapUitbak = (map: string): Uitbak => ({
  lever: async ({ bestandsnaam, xml, sleutel }) => {
    await mkdir(map, { recursive: true })
    const tijdelijk = join(map, `.${sleutel.replace(/[^\w-]/g, '_')}.tmp`)
    await writeFile(tijdelijk, xml, 'utf8')
    await rename(tijdelijk, join(map, bestandsnaam))
  },
})
