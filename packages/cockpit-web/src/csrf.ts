import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Synchronizer token per user: an HMAC of the user's name under a secret made at start-up, put in every form and
 * required on every POST (besides the Origin check). A page from another site cannot read it, so cannot forge it.
 */
export const csrfTokens = (geheim: Buffer = randomBytes(32)) => {
  const token = (gebruiker: string) => createHmac('sha256', geheim).update(gebruiker).digest('base64url')
  return {
    token,
    klopt: (gebruiker: string, gegeven: unknown): boolean => {
      if (typeof gegeven !== 'string') return false
      const verwacht = Buffer.from(token(gebruiker))
      const ontvangen = Buffer.from(gegeven)
      return verwacht.length === ontvangen.length && timingSafeEqual(verwacht, ontvangen)
    },
  }
}
