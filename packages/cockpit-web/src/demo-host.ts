import type { EventStore } from '@factuurstroom/eventsourcing'
import { cockpit, concept, dagboek, inrichting, weergaven } from '@factuurstroom/facturatie'

/** How long the demo host trusts its fold of the log for master data it reads back from it. */
const VERS_MS = 5_000

/**
 * `npm run cockpit`'s host. A real host takes relatie profiles and concept settings from its own master data; this
 * demo has none besides the store `npm start` left, so it reads them back from the log: each concept's settings as
 * recorded when it was opened, and a relatie's parties and issue methods from its latest invoice (R32 needs both
 * parties on every invoice). `boekhouder` may see journaalposten (R24).
 */
export const demoHost = (store: EventStore, boekhouder: string): cockpit.Facturatiecockpit => {
  const setUp = inrichting.inrichtingService(store)
  let fold: { op: number; view: Promise<weergaven.Weergaven> } | undefined
  const view = () => {
    if (!fold || Date.now() - fold.op > VERS_MS) {
      fold = { op: Date.now(), view: weergaven.herbouwWeergaven(store).then((r) => r.view) }
    }
    return fold.view
  }
  const laatsteConcept = async (administratie: string, relatie?: string) =>
    [...(await view()).concepten.concepten.values()]
      .filter(
        (c) => c.rij.administratie === administratie && (relatie === undefined || c.rij.verkooprelatie === relatie),
      )
      .at(-1)
  const stamgegevens: concept.Conceptstamgegevens = {
    projectInstellingen: async (administratie) => {
      const recent = await laatsteConcept(administratie)
      if (!recent) throw new Error(`The demo store holds no concept of administratie ${administratie}.`)
      return recent.project
    },
    relatieInstellingen: async (administratie, relatie) => (await laatsteConcept(administratie, relatie))?.relatie,
    apartFactureren: () => false,
  }
  const host: cockpit.Facturatiecockpit = cockpit.facturatiecockpit(store, {
    ...cockpit.dagboekPoorten(dagboek.dagboekService(store, { inrichting: setUp })),
    relaties: {
      profiel: async (administratie, relatie) => {
        const factuur = [...(await view()).facturen.facturen.values()]
          .filter((f) => f.administratie === administratie && f.verkooprelatie === relatie)
          .at(-1)
        const state = factuur && (await host.factuur(administratie, factuur.factuurId))
        return {
          relatie,
          geblokkeerd: false,
          verzamelmethode: 'apart',
          verzamelperiode: 'niet',
          verstrekkingen: state?.verstrekkingen ?? [{ rapport: 'factuur', wijze: 'emailPdf' }],
          ...(state?.opdracht?.partijen ? { partij: state.opdracht.partijen.afnemer } : {}),
        }
      },
    },
    instellingen: { conceptfacturering: () => true, projectenFacturerenAanAlleVerkooprelaties: () => false },
    projecten: { debiteur: () => undefined },
    autorisatie: { magJournaalpostRaadplegen: (actor) => actor === boekhouder },
    concepten: cockpit.conceptPoort(concept.conceptService(store), { store, inrichting: setUp, stamgegevens }),
  })
  return host
}
