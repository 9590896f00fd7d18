import { type InrichtingFout, prefixOngeldig, reeksOngeldig } from './errors'
import { bereikGeldig, type Nummerreeks, prefixGeldig } from './reeks'

export const valideerReeks = (reeks: Nummerreeks): InrichtingFout | undefined => {
  if (!prefixGeldig(reeks.prefix)) return prefixOngeldig(reeks.prefix ?? '')
  if (!bereikGeldig(reeks)) {
    return reeksOngeldig(
      `tot (${reeks.tot}) must be above laatsteFactuurnummer (${reeks.laatsteFactuurnummer}) so at least one number can be issued`,
      { laatsteFactuurnummer: reeks.laatsteFactuurnummer, tot: reeks.tot },
    )
  }
  return undefined
}
