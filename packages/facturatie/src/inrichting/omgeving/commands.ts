import * as t from 'io-ts'
import { Code, Tekst } from '../../gedeeld/codecs'
import { Dagboektype } from '../dagboektype'
import { Nummerreeks } from '../reeks'

/** Registers an administratie in its omgeving; again with the same name it records nothing. */
export const VoegAdministratieToe = t.type({
  type: t.literal('VoegAdministratieToe'),
  omgeving: Code,
  administratie: Code,
  naam: Tekst,
})
export type VoegAdministratieToe = t.TypeOf<typeof VoegAdministratieToe>

/** Claims a dagboek's number series in the omgeving (R27), refused if it could print a number another series does. */
export const ReserveerNummerreeks = t.type({
  type: t.literal('ReserveerNummerreeks'),
  omgeving: Code,
  administratie: Code,
  dagboek: Code,
  dagboektype: Dagboektype,
  reeks: Nummerreeks,
})
export type ReserveerNummerreeks = t.TypeOf<typeof ReserveerNummerreeks>

export type OmgevingCommand = VoegAdministratieToe | ReserveerNummerreeks
