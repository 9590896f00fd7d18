import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  AggregateCache,
  type CommandContext,
  decodeWith,
  type EventStore,
  ProjectionRunner,
} from '@factuurstroom/eventsourcing'
import { type Either, isLeft } from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import {
  type Conceptfactuur,
  conceptService,
  dagboekPoorten,
  dagboekService,
  facturatiecockpit,
  inrichtingService,
  NacalculatieRegelInput,
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

const ProjectRefBody = t.type({ nummer: t.string, omschrijving: t.string })
/** POST …/nacalculatie: the relatie's settings come from the host's master data, not from the caller. */
const NacalculatieBody = t.type({
  verkooprelatie: t.string,
  projecten: t.array(ProjectRefBody),
  regels: t.array(NacalculatieRegelInput),
})
const FactureerBody = t.type({ runId: t.string, factuurdatum: t.string, concepten: t.array(t.string) })
const JournaliseerBody = t.partial({ factuurIds: t.array(t.string), boekdatum: t.string })

type Fout = { code: string; message: string }

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
  const concepten = conceptService(store, { nieuwId })
  const cockpit = facturatiecockpit(store, {
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

  /** Factureren concepten: each concept invoiced (R1), then the cockpit action over their hand-overs (R20). */
  const factureer = async (adm: string, body: unknown, ctx: CommandContext): Promise<Antwoord> => {
    const decoded = decodeWith(FactureerBody, 'FactureerConcepten', body)
    if (isLeft(decoded)) return fout(decoded.left)
    const administratie = stamgegevens.administraties[adm]
    if (!administratie) return { status: 404, body: { code: 'ONBEKEND', message: `Unknown administratie ${adm}.` } }
    const btwCodes = administratie.btwCodes.map(({ rekening: _rekening, ...regel }) => regel)
    const facturen: Conceptfactuur[] = []
    for (const conceptId of decoded.right.concepten) {
      const concept = await concepten.laad(adm, conceptId)
      const relatie = concept.kop && administratie.relaties[concept.kop.verkooprelatie.nummer]
      if (!relatie) return { status: 404, body: { code: 'ONBEKEND', message: `Unknown concept ${conceptId}.` } }
      const stap = (naam: string): CommandContext => ({ ...ctx, commandId: `${ctx.commandId}:${naam}:${conceptId}` })
      const factureerbaar = await concepten.stelFactureerbaar({ administratie: adm, conceptId }, stap('factureerbaar'))
      if (isLeft(factureerbaar)) return fout(factureerbaar.left)
      const gefactureerd = await concepten.factureer(
        {
          administratie: adm,
          conceptId,
          factuurId: `F-${conceptId}`,
          factuurdatum: decoded.right.factuurdatum,
          projectInstellingen: administratie.projectInstellingen,
          relatieInstellingen: relatie.instellingen,
          btwCodes,
          btwAfrondingsmodus: 'PER_TOTAAL',
          // R16: this host keeps no project master data, so no project of the concept is invoiced apart.
          projecten: [
            ...new Set([...concept.regels.values()].flatMap((r) => (r.project ? [r.project.nummer] : []))),
          ].map((nummer) => ({ nummer, apartFactureren: false })),
        },
        stap('factureer'),
      )
      if (isLeft(gefactureerd)) return fout(gefactureerd.left)
      for (const { events } of gefactureerd.right.concepten) {
        for (const e of events) {
          if (e.type !== 'ConceptGefactureerd') continue
          const { administratie: a, conceptId: c, factuurId, factuuropdracht, herkomst, projecten } = e.data
          facturen.push({ administratie: a, conceptId: c, factuurId, factuuropdracht, herkomst, projecten })
        }
      }
    }
    const run = await cockpit.factureerConcepten({ administratie: adm, runId: decoded.right.runId }, facturen, ctx)
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
        .nietVerwerkteFacturen(view.facturen, { filter: { administratie: adm } })
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

  /** The shared query of the library's views: filter, sort on a column, page; R12 through the user's `zicht`. */
  const vraagVan = <Kolom extends string>(adm: string, query: URLSearchParams, zicht: weergaven.Autorisatie) => {
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
      autorisatie: zicht,
    }
  }

  const handle = async (
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
    const route = `${method} ${delen.slice(2).join('/')}`
    const wie = gebruiker(headers)
    if (method === 'POST') {
      if (!wie) return { status: 401, body: { code: 'NIET_AANGEMELD', message: 'Send Authorization: Bearer <token>.' } }
      const ctx = context(headers, wie.actor)
      if (route === 'POST nacalculatie') return nacalculatie(adm, body, ctx)
      if (route === 'POST concepten/factureer') return factureer(adm, body, ctx)
      if (route === 'POST journaliseer') return journaliseer(adm, body, ctx)
    }
    if (method === 'GET') {
      if (route === 'GET facturen' || route === 'GET factuurregels') {
        if (!wie)
          return { status: 401, body: { code: 'NIET_AANGEMELD', message: 'Send Authorization: Bearer <token>.' } }
        const view = (await actueel()).facturen
        if (route === 'GET factuurregels') {
          const vraag = vraagVan<weergaven.FactuurregelKolom>(adm, searchParams, wie.zicht)
          return { status: 200, body: weergaven.alleFactuurregels(view, vraag) }
        }
        const vraag = vraagVan<weergaven.FactuurKolom>(adm, searchParams, wie.zicht)
        const weergave = searchParams.get('weergave') ?? 'alle'
        if (weergave !== 'alle' && weergave !== 'niet-verwerkt')
          return { status: 400, body: { code: 'WEERGAVE_ONBEKEND', message: 'weergave is alle or niet-verwerkt.' } }
        return {
          status: 200,
          body:
            weergave === 'alle' ? weergaven.alleFacturen(view, vraag) : weergaven.nietVerwerkteFacturen(view, vraag),
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
