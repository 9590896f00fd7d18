import type { Context, Hono } from 'hono'
import { csrfTokens } from './csrf'
import { herbouwWeergaven, type Weergaven } from './facturatie'
import type { Gebruiker } from './gebruiker'
import { type Html, html, pagina } from './html'
import type { CockpitWebOpties } from './opties'
import { runregister } from './runs'
import { gevouwenBron } from './weergavebron'

/** The request variables the cockpit's middleware sets. */
export type Omgeving = { Variables: { gebruiker: Gebruiker } }
/** The cockpit's Hono app. */
export type CockpitApp = Hono<Omgeving>
/** A request's context. */
export type Verzoek = Context<Omgeving>

type Status = 200 | 400 | 403 | 404 | 409

/** Bad input is 400, a missing right 403; any other domain refusal is a conflict with the state (409). */
const STATUS_BIJ_FOUT: Record<string, 400 | 403> = {
  DECODE_FAILED: 400,
  OPTIE_NIET_BESCHIKBAAR: 400,
  JOURNAALPOST_NIET_GEAUTORISEERD: 403,
}

/** What every route module shares: the host's options, the views, the page frame, the form tokens, the runs. */
export const maakHulp = (opties: CockpitWebOpties) => {
  const tokens = csrfTokens(opties.csrfGeheim)
  const toon = (c: Verzoek, titel: string, inhoud: Html, status: Status = 200, melding?: string) =>
    c.html(pagina(titel, c.get('gebruiker')?.naam ?? '—', inhoud, melding), status)
  const weergaven = async (): Promise<Weergaven> => (await herbouwWeergaven(opties.store)).view
  return {
    opties,
    nu: opties.nu ?? (() => new Date().toISOString()),
    tokens,
    runs: runregister(),
    /** The views folded from the log now: the action forms read their administraties from these. */
    weergaven,
    /** Where the list pages read: the host's view tables, or the fold. */
    bron: opties.weergavebron ?? gevouwenBron(weergaven),
    toon,
    /** The HTTP status for a domain refusal's code. */
    statusBij: (code: string): Status => STATUS_BIJ_FOUT[code] ?? 409,
    /** A post without this cockpit's form token. */
    verlopen: (c: Verzoek) =>
      toon(
        c,
        'Geen toegang',
        html`<p>Het formulier is verlopen of komt niet van deze cockpit. Laad de pagina opnieuw.</p>`,
        403,
      ),
    /** True when the post carries the user's form token. */
    tokenKlopt: (c: Verzoek, velden: Record<string, unknown>) => tokens.klopt(c.get('gebruiker').naam, velden._csrf),
  }
}

/** The shared parts of one cockpit. */
export type Hulp = ReturnType<typeof maakHulp>
