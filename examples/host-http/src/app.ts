import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  AggregateCache,
  type CommandContext,
  decodeWith,
  type EventStore,
  FactuurstroomError,
  ProjectionRunner,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import {
  Code,
  type ConceptStamgegevens,
  conceptPoort,
  conceptService,
  Datum,
  dagboekPoorten,
  dagboekService,
  facturatiecockpit,
  inrichtingService,
  NacalculatieRegelInput,
  relatieService,
  weergaven,
} from './facturatie'
import type { Stamgegevens } from './stamgegevens'

export interface HostOptions {
  readonly store: EventStore
  readonly stamgegevens: Stamgegevens
  /** The host's clock (ISO instant); injectable so a spec gets exact events. */
  readonly nu?: () => string
  /** Command ids when a request sends no `Idempotency-Key`. */
  readonly nieuwId?: () => string
}

/** An HTTP answer: status and JSON body. */
interface Antwoord {
  readonly status: number
  readonly body: unknown
}

const ProjectRefBody = t.type({ nummer: Code, omschrijving: t.string })
/** POST …/nacalculatie: the relatie's settings come from the host's master data, not from the caller. */
const NacalculatieBody = t.type({
  verkooprelatie: Code,
  projecten: t.array(ProjectRefBody),
  regels: t.array(NacalculatieRegelInput),
})
const FactureerBody = t.type({ runId: Code, factuurdatum: Datum, concepten: t.array(Code) })
const JournaliseerBody = t.partial({ factuurIds: t.array(Code), boekdatum: Datum })

type Fout = { code: string; message: string }

const ongeldigeCode = (veld: string, waarde: string): Antwoord => ({
  status: 400,
  body: {
    code: 'DECODE_FAILED',
    message: `Invalid ${veld}: ${JSON.stringify(waarde)} is not a code (1 to 64 characters A-Z, a-z, 0-9, '.', '_' or '-', starting with a letter or digit)`,
  },
})

/** Decode failures are the caller's (400); refusals by the domain are 422, with the domain's code and message. */
const fout = (f: Fout): Antwoord => ({
  status: f.code === 'DECODE_FAILED' ? 400 : 422,
  body: { code: f.code, message: f.message },
})

/**
 * The host: the library wired on one store, and the routes. `handle` takes a method, path, headers and parsed body
 * and returns status and body, so the HTTP server and the spec share everything but the socket.
 */
export const maakHost = (options: HostOptions) => {
  const { store, stamgegevens } = options
  const nu = options.nu ?? (() => new Date().toISOString())
  const nieuwId = options.nieuwId ?? (() => globalThis.crypto.randomUUID())
  const cache = new AggregateCache()
  const inrichting = inrichtingService(store, { cache })
  // Master data the concepts are made and invoiced under. This host keeps no project master data: no project of a
  // concept is invoiced apart (R16).
  const conceptStamgegevens: ConceptStamgegevens = {
    projectInstellingen: (adm) => {
      const administratie = stamgegevens.administraties[adm]
      if (administratie) return administratie.projectInstellingen
      throw new FactuurstroomError('ADMINISTRATIE_ONBEKEND', `Unknown administratie ${adm}.`, { administratie: adm })
    },
    relatieInstellingen: (adm, relatie) => stamgegevens.administraties[adm]?.relaties[relatie]?.instellingen,
    apartFactureren: () => false,
  }
  const concepten = conceptService(store, { nieuwId, stamgegevens: conceptStamgegevens })
  const relaties = relatieService(store)
  const cockpit = facturatiecockpit(store, {
    concepten: conceptPoort(concepten, { store, inrichting, stamgegevens: conceptStamgegevens }),
    ...dagboekPoorten(dagboekService(store, { inrichting, cache })),
    relaties: { profiel: (adm, relatie) => stamgegevens.administraties[adm]?.relaties[relatie]?.profiel },
    instellingen: {
      conceptfacturering: (adm) =>
        stamgegevens.administraties[adm]?.projectInstellingen.facturerenOpBasisVanConcepten ?? false,
      projectenFacturerenAanAlleVerkooprelaties: (adm) =>
        stamgegevens.administraties[adm]?.projectInstellingen.projectenFacturerenAanAlleVerkooprelaties ?? false,
    },
    // This host keeps no project master data and offers no manual invoices: a manual project invoice is refused (R13).
    projecten: { debiteur: () => undefined },
    autorisatie: {
      magJournaalpostRaadplegen: (actor) =>
        Object.values(stamgegevens.gebruikers).some((g) => g.actor === actor && g.magJournaalpostRaadplegen),
    },
  })

  // Views are caught up before every read, one catch-up at a time: a caller reads its own writes.
  const weergave = new ProjectionRunner(weergaven.weergavenProjectie)
  let bijwerken: Promise<unknown> = Promise.resolve()
  const actueel = async () => {
    bijwerken = bijwerken.then(() => weergave.catchUp(store))
    await bijwerken
    return weergave.view
  }

  const context = (headers: Record<string, string | undefined>, actor: string): CommandContext => ({
    commandId: headers['idempotency-key'] ?? nieuwId(),
    occurredAt: nu(),
    actor,
  })

  const gebruiker = (headers: Record<string, string | undefined>) => {
    const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1]
    return token === undefined ? undefined : stamgegevens.gebruikers[token]
  }

  const nacalculatie = async (adm: string, body: unknown, ctx: CommandContext): Promise<Antwoord> => {
    const decoded = decodeWith(NacalculatieBody, 'NacalculatieBatch', body)
    if (isLeft(decoded)) return fout(decoded.left)
    const administratie = stamgegevens.administraties[adm]
    const relatie = administratie?.relaties[decoded.right.verkooprelatie]
    if (!administratie || !relatie) {
      return {
        status: 404,
        body: { code: 'ONBEKEND', message: `Unknown administratie ${adm} or relatie ${decoded.right.verkooprelatie}.` },
      }
    }
    const uitkomst = await concepten.neemNacalculatieOver(
      {
        administratie: adm,
        verkooprelatie: { nummer: decoded.right.verkooprelatie, naam: relatie.naam },
        valuta: 'EUR',
        projectInstellingen: administratie.projectInstellingen,
        relatieInstellingen: relatie.instellingen,
        projecten: decoded.right.projecten,
        regels: decoded.right.regels,
      },
      ctx,
    )
    if (isLeft(uitkomst)) return fout(uitkomst.left)
    return {
      status: 201,
      body: { concepten: uitkomst.right.concepten.map(({ conceptId, duplicate }) => ({ conceptId, duplicate })) },
    }
  }

  /** Factureren concepten: the listed concepts made factureerbaar (R11), then the cockpit's one action (R1, R20). */
  const factureer = async (adm: string, body: unknown, ctx: CommandContext): Promise<Antwoord> => {
    const decoded = decodeWith(FactureerBody, 'FactureerConcepten', body)
    if (isLeft(decoded)) return fout(decoded.left)
    if (!stamgegevens.administraties[adm]) {
      return { status: 404, body: { code: 'ONBEKEND', message: `Unknown administratie ${adm}.` } }
    }
    const { runId, factuurdatum } = decoded.right
    for (const conceptId of decoded.right.concepten) {
      const stap: CommandContext = { ...ctx, commandId: `${ctx.commandId}:factureerbaar:${conceptId}` }
      const factureerbaar = await concepten.stelFactureerbaar({ administratie: adm, conceptId }, stap)
      if (isLeft(factureerbaar)) return fout(factureerbaar.left)
    }
    const run = await cockpit.factureerConcepten({ administratie: adm, runId, factuurdatum }, ctx)
    return isLeft(run) ? fout(run.left) : { status: 201, body: { facturen: run.right.facturen } }
  }

  /** Journaliseren (R30): the given invoices, or every invoice in "niet verwerkte facturen" not yet journalised. */
  const journaliseer = async (adm: string, body: unknown, ctx: CommandContext): Promise<Antwoord> => {
    const decoded = decodeWith(JournaliseerBody, 'Journaliseer', body ?? {})
    if (isLeft(decoded)) return fout(decoded.left)
    const view = await actueel()
    const ids =
      decoded.right.factuurIds ??
      weergaven
        // Selecting what to journalise is the bookkeeping run's, not a screen: every relatie.
        .nietVerwerkteFacturen(view.facturen, weergaven.alleRelaties, { filter: { administratie: adm } })
        .rijen.filter((f) => !f.gejournaliseerd && f.factuurnummer !== undefined)
        .map((f) => f.factuurId)
    const gejournaliseerd: string[] = []
    for (const factuurId of ids) {
      const r: Either<Fout, unknown> = await cockpit.journaliseer(
        { administratie: adm, factuurId, ...(decoded.right.boekdatum ? { boekdatum: decoded.right.boekdatum } : {}) },
        { ...ctx, commandId: `${ctx.commandId}:${factuurId}` },
      )
      if (isLeft(r)) return fout(r.left)
      gejournaliseerd.push(factuurId)
    }
    return { status: 200, body: { gejournaliseerd } }
  }

  /** The shared query of the library's views: filter, sort on a column, page (R12 is the user's `zicht`, passed beside it). */
  const vraagVan = <Kolom extends string>(adm: string, query: URLSearchParams) => {
    const relatie = query.get('relatie')
    const status = query.get('status')
    const kolom = query.get('sorteer')
    return {
      filter: { administratie: adm, ...(relatie ? { relatie } : {}), ...(status ? { status } : {}) },
      pagina: {
        nummer: Math.max(1, Number(query.get('pagina') ?? 1) || 1),
        grootte: Math.min(500, Math.max(1, Number(query.get('grootte') ?? 50) || 50)),
      },
      sorteer: {
        kolom: (kolom ?? 'factuurnummer') as Kolom,
        richting: query.get('richting') === 'aflopend' ? ('aflopend' as const) : ('oplopend' as const),
      },
    }
  }

  const behandel = async (
    method: string,
    url: string,
    headers: Record<string, string | undefined>,
    body: unknown,
  ): Promise<Antwoord> => {
    const { pathname, searchParams } = new URL(url, 'http://host')
    const delen = pathname.split('/').filter(Boolean).map(decodeURIComponent)
    if (delen[0] !== 'administraties' || delen[1] === undefined)
      return { status: 404, body: { code: 'NIET_GEVONDEN', message: `No route for ${pathname}.` } }
    const adm = delen[1]
    if (!Code.is(adm)) return ongeldigeCode('administratie', adm)
    const route = `${method} ${delen.slice(2).join('/')}`
    const wie = gebruiker(headers)
    if (method === 'POST') {
      if (!wie) return { status: 401, body: { code: 'NIET_AANGEMELD', message: 'Send Authorization: Bearer <token>.' } }
      const ctx = context(headers, wie.actor)
      if (route === 'POST nacalculatie') return nacalculatie(adm, body, ctx)
      if (route === 'POST concepten/factureer') return factureer(adm, body, ctx)
      if (route === 'POST journaliseer') return journaliseer(adm, body, ctx)
      if (delen[2] === 'relaties' && delen[4] === 'declaranten' && delen.length === 5) {
        // R12: who sees a relatie is decided by someone who sees them all; the assignment holds from now on.
        if (!('alleRelaties' in wie.zicht))
          return {
            status: 403,
            body: { code: 'NIET_GEAUTORISEERD', message: 'Only a user who sees every relatie may assign declarants.' },
          }
        const uitkomst = await relaties.wijsDeclarantenToe(
          { ...(body as object), administratie: adm, verkooprelatie: delen[3] },
          ctx,
        )
        return isLeft(uitkomst) ? fout(uitkomst.left) : { status: 200, body: { events: uitkomst.right.events.length } }
      }
    }
    if (method === 'GET') {
      if (route === 'GET facturen' || route === 'GET factuurregels') {
        if (!wie)
          return { status: 401, body: { code: 'NIET_AANGEMELD', message: 'Send Authorization: Bearer <token>.' } }
        const view = (await actueel()).facturen
        if (route === 'GET factuurregels') {
          const vraag = vraagVan<weergaven.FactuurregelKolom>(adm, searchParams)
          return { status: 200, body: weergaven.alleFactuurregels(view, wie.zicht, vraag) }
        }
        const vraag = vraagVan<weergaven.FactuurKolom>(adm, searchParams)
        const weergave = searchParams.get('weergave') ?? 'alle'
        if (weergave !== 'alle' && weergave !== 'niet-verwerkt')
          return { status: 400, body: { code: 'WEERGAVE_ONBEKEND', message: 'weergave is alle or niet-verwerkt.' } }
        return {
          status: 200,
          body:
            weergave === 'alle'
              ? weergaven.alleFacturen(view, wie.zicht, vraag)
              : weergaven.nietVerwerkteFacturen(view, wie.zicht, vraag),
        }
      }
      if (delen[2] === 'facturen' && delen[4] === 'journaalpost' && delen.length === 5) {
        // R24: consulting a journaalpost is an authorised action; the cockpit checks the actor.
        if (!wie)
          return { status: 401, body: { code: 'NIET_AANGEMELD', message: 'Send Authorization: Bearer <token>.' } }
        const post: Either<Fout, unknown> = await cockpit.raadpleegJournaalpost(
          { administratie: adm, factuurId: delen[3] },
          { actor: wie.actor },
        )
        if (isLeft(post)) {
          const status =
            post.left.code === 'JOURNAALPOST_NIET_GEAUTORISEERD'
              ? 403
              : post.left.code === 'FACTUUR_NIET_GEJOURNALISEERD'
                ? 404
                : 400
          return { status, body: { code: post.left.code, message: post.left.message } }
        }
        return { status: 200, body: post.right }
      }
    }
    return { status: 404, body: { code: 'NIET_GEVONDEN', message: `No route for ${method} ${pathname}.` } }
  }

  /** Every answer to hostile input is a 400 with the library's typed message, never a 500 or a stack trace. */
  const handle = async (...verzoek: Parameters<typeof behandel>): Promise<Antwoord> => {
    try {
      return await behandel(...verzoek)
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (error instanceof URIError) {
        return {
          status: 400,
          body: { code: 'ONGELDIG_PAD', message: `The path is not valid URI encoding: ${error.message}` },
        }
      }
      if (error instanceof Error && (code === 'DECODE_FAILED' || code === 'STREAM_REJECTED')) {
        return { status: 400, body: { code, message: error.message } }
      }
      throw error
    }
  }

  return { handle, inrichting, cockpit, concepten }
}

export type Host = ReturnType<typeof maakHost>

const leesBody = async (req: IncomingMessage): Promise<unknown> => {
  const delen: Buffer[] = []
  for await (const deel of req) delen.push(deel as Buffer)
  const tekst = Buffer.concat(delen).toString('utf8')
  return tekst.length === 0 ? undefined : JSON.parse(tekst)
}

/** The node:http listener around `handle`: JSON in, JSON out; malformed JSON is a 400. */
export const listener = (host: Host) => async (req: IncomingMessage, res: ServerResponse) => {
  let antwoord: Antwoord
  try {
    let body: unknown
    try {
      body = await leesBody(req)
    } catch {
      body = Symbol.for('ongeldig')
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]))
    antwoord =
      body === Symbol.for('ongeldig')
        ? { status: 400, body: { code: 'GEEN_JSON', message: 'The request body is not valid JSON.' } }
        : await host.handle(req.method ?? 'GET', req.url ?? '/', headers, body)
  } catch (error) {
    antwoord = {
      status: 500,
      body: { code: 'INTERNE_FOUT', message: error instanceof Error ? error.message : String(error) },
    }
  }
  res.writeHead(antwoord.status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(antwoord.body))
}
