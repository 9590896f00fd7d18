import type { DomainError } from '@factuurstroom/eventsourcing'

/** Every code the `tefactureren` stream can refuse with; codes are stable. */
export type TeFacturerenFoutCode = 'VERZAMELING_ONBEKEND' | 'FACTUURGROEP_ONBEKEND'
/** A refusal on the `tefactureren` stream, with its stable code. */
export type TeFacturerenFout = DomainError<TeFacturerenFoutCode>

/** `VERZAMELING_ONBEKEND` (R19): lines were staged for a verkooprelatie without a collecting rule in the command. */
export const verzamelingOnbekend = (verkooprelatie: string): TeFacturerenFout => ({
  code: 'VERZAMELING_ONBEKEND',
  message: `No verkooprelatieprofiel was handed in for verkooprelatie ${verkooprelatie}, so it is unknown whether its lines are invoiced at once or collected (R19). Link the relatie to a profile.`,
  details: { verkooprelatie },
})

/** `FACTUURGROEP_ONBEKEND`: an invoice was marked invoiced that was never staged. */
export const factuurgroepOnbekend = (factuurId: string): TeFacturerenFout => ({
  code: 'FACTUURGROEP_ONBEKEND',
  message: `No staged invoice ${factuurId} waits for a number. Check the id; an invoice already marked invoiced is not staged any more.`,
  details: { factuurId },
})
