import type { StoredForm } from '@factuurstroom/eventsourcing'
import { isVelden, metStandaarden, type Velden, zonderStandaarden } from '../gedeeld/opslag'

/**
 * The project settings every concept holds unless the administratie says otherwise: a concept exists because
 * invoicing is on the basis of concepts (R1); the R6, R10 and R13 switches are off.
 */
const gewoneProjectInstellingen: Velden = {
  facturerenOpBasisVanConcepten: true,
  striktMinimum: false,
  striktMaximum: false,
  doorgeschovenRegelsFactureerbaarStellen: false,
  projectenFacturerenAanAlleVerkooprelaties: false,
}

const projectStandaarden = (data: Velden): Velden => ({
  ...gewoneProjectInstellingen,
  conceptmethode: data.conceptmethode,
})

const relatieStandaarden = (data: Velden): Velden => ({ btwPlicht: data.btwPlicht })

/** `instellingen` with `stap` applied when they are an object; anything else is left for validation to name. */
const indien = (instellingen: unknown, stap: (velden: Velden) => Velden): unknown =>
  isVelden(instellingen) ? stap(instellingen) : instellingen

/**
 * ConceptGeopend as stored (version 2): the project settings without their `conceptmethode` where it is the
 * concept's and without the switches at their usual value (`gewoneProjectInstellingen`); the relatie settings
 * without their `btwPlicht` where it is the concept's. What differs stays (`null`: absent although a standaard
 * exists).
 */
export const conceptGeopendOpslag: StoredForm = {
  compact: (encoded) => {
    const data = encoded as Velden
    return {
      ...data,
      projectInstellingen: indien(data.projectInstellingen, (p) => zonderStandaarden(p, projectStandaarden(data))),
      relatieInstellingen: indien(data.relatieInstellingen, (r) => zonderStandaarden(r, relatieStandaarden(data))),
    }
  },
  expand: (stored) => {
    if (!isVelden(stored)) return stored
    return {
      ...stored,
      projectInstellingen: indien(stored.projectInstellingen, (p) => metStandaarden(p, projectStandaarden(stored))),
      relatieInstellingen: indien(stored.relatieInstellingen, (r) => metStandaarden(r, relatieStandaarden(stored))),
    }
  },
}
