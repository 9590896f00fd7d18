import { alsBedrag, decimaal, rondAfOpCent } from '@factuurstroom/facturatie'

/** The firm's werksoorten and their hourly rates (UREN → 8000). */
export const werksoorten = [
  { code: 'ADV', naam: 'Advies', prijs: '95.00' },
  { code: 'ONT', naam: 'Ontwerp', prijs: '82.50' },
  { code: 'PRJ', naam: 'Projectleiding', prijs: '110.00' },
  { code: 'IMP', naam: 'Implementatie', prijs: '87.50' },
  { code: 'CON', naam: 'Controle', prijs: '125.00' },
] as const

/** An amount as quantity × price, rounded to the cent. */
export const bedragVan = (aantal: string, prijs: string) => alsBedrag(rondAfOpCent(decimaal(aantal).times(prijs)))
