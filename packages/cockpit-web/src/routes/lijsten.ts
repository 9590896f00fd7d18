import { allePagina, nietVerwerktPagina, regelsPagina } from '../facturen-paginas'
import { journaalPagina, openstaandePostenPagina } from '../financieel-paginas'
import type { CockpitApp, Hulp } from '../hulp'

/** The list pages: the three R22 views, open items per debiteur and the journal per dagboek and periode. */
export const lijsten = (app: CockpitApp, hulp: Hulp): void => {
  const { toon, bron } = hulp
  app.get('/', async (c) =>
    toon(c, 'Niet verwerkte facturen', await nietVerwerktPagina(bron, c.req.query(), c.get('gebruiker'))),
  )
  app.get('/facturen', async (c) => toon(c, 'Alle facturen', await allePagina(bron, c.req.query(), c.get('gebruiker'))))
  app.get('/factuurregels', async (c) =>
    toon(c, 'Alle factuurregels', await regelsPagina(bron, c.req.query(), c.get('gebruiker'))),
  )
  app.get('/openstaande-posten', async (c) =>
    toon(
      c,
      'Openstaande posten per debiteur',
      await openstaandePostenPagina(bron, c.req.query(), c.get('gebruiker'), hulp.nu().slice(0, 10)),
    ),
  )
  app.get('/journaal', async (c) =>
    toon(c, 'Journaal per dagboek en periode', await journaalPagina(bron, c.req.query(), c.get('gebruiker'))),
  )
}
