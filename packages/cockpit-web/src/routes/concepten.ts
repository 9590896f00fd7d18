import { conceptenPagina } from '../concepten-pagina'
import type { CockpitApp, Hulp } from '../hulp'

/** The concepten overview (R6 warnings, the (hoofd)declarant columns R12 filters on). */
export const concepten = (app: CockpitApp, hulp: Hulp): void => {
  app.get('/concepten', async (c) =>
    hulp.toon(c, 'Concepten', await conceptenPagina(hulp.bron, c.req.query(), c.get('gebruiker'))),
  )
}
