import { allePagina, nietVerwerktPagina, regelsPagina } from '../facturen-paginas'
import { journaalPagina, openstaandePostenPagina } from '../financieel-paginas'
import type { CockpitApp, Hulp } from '../hulp'

/** The list pages: the three R22 views, open items per debiteur and the journal per dagboek and periode. */
export const lijsten = (app: CockpitApp, hulp: Hulp): void => {
  const { toon, weergaven } = hulp
  app.get('/', async (c) =>
    toon(c, 'Niet verwerkte facturen', nietVerwerktPagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )
  app.get('/facturen', async (c) =>
    toon(c, 'Alle facturen', allePagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )
  app.get('/factuurregels', async (c) =>
    toon(c, 'Alle factuurregels', regelsPagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )
  app.get('/openstaande-posten', async (c) =>
    toon(
      c,
      'Openstaande posten per debiteur',
      openstaandePostenPagina(await weergaven(), c.req.query(), c.get('gebruiker'), hulp.nu().slice(0, 10)),
    ),
  )
  app.get('/journaal', async (c) =>
    toon(c, 'Journaal per dagboek en periode', journaalPagina(await weergaven(), c.req.query(), c.get('gebruiker'))),
  )
}
