import type { DomainError } from '@factuurstroom/eventsourcing'

export type TeFacturerenFoutCode = 'VERZAMELING_ONBEKEND' | 'FACTUURGROEP_ONBEKEND'
export type TeFacturerenFout = DomainError<TeFacturerenFoutCode>

export const verzamelingOnbekend = (verkooprelatie: string): TeFacturerenFout => ({
  code: 'VERZAMELING_ONBEKEND',
  message: `No verkooprelatieprofiel was handed in for verkooprelatie ${verkooprelatie}, so it is unknown whether its lines are invoiced at once or collected (R19). Link the relatie to a profile.`,
  details: { verkooprelatie },
})

export const factuurgroepOnbekend = (factuurId: string): TeFacturerenFout => ({
  code: 'FACTUURGROEP_ONBEKEND',
  message: `No staged invoice ${factuurId} waits for a number. Check the id; an invoice already marked invoiced is not staged any more.`,
  details: { factuurId },
})
