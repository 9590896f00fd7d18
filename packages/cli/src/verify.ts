import {
  type ChainProblem,
  type EventStore,
  HashChainingEventStore,
  type LogSeal,
  type RecordedEvent,
  sealLog,
  verifyHashChains,
} from '@factuurstroom/eventsourcing'
import { concept, decimaal, NUL, weergaven } from '@factuurstroom/facturatie'
import { metVoortgang } from './log'

const { conceptDecider } = concept
type ConceptEvent = concept.ConceptEvent
type ConceptState = concept.ConceptState
const { alleRelaties, controleerAansluiting, weergaveRegistry, weergavenProjectie } = weergaven

export interface Probleem {
  readonly melding: string
  readonly positie?: string
  readonly streamId?: string
}

export interface Controle {
  readonly naam: string
  readonly omschrijving: string
  readonly gecontroleerd: number
  readonly problemen: readonly Probleem[]
}

export interface VerifyReport {
  readonly ok: boolean
  readonly events: number
  readonly laatstePositie: string | undefined
  readonly controles: readonly Controle[]
  /** The seal appended by `--seal` (only when every check passed). */
  readonly seal?: LogSeal
}

export interface VerifyOptions {
  /** Append a seal of the running hash when everything is intact. */
  readonly seal?: boolean
  /** The seal's `occurredAt`; default now. */
  readonly sealedAt?: string
  /** Skip the hash chains (a log written without `HashChainingEventStore`). Default: checked. */
  readonly zonderHashketens?: boolean
  readonly onEvent?: (event: RecordedEvent, aantal: number) => void
}

interface Reeksstand {
  volgende: number
  readonly dagboek: string
}

const waar = (e: RecordedEvent): Pick<Probleem, 'positie' | 'streamId'> => ({
  positie: e.globalPosition.toString(),
  streamId: e.streamId,
})

type Data = Record<string, unknown>

/**
 * Everything an auditor asks of the log, in one pass: invoice numbers unique per environment (the store) and gapless
 * per series (R27, R32); every journaalpost in balance (R30); open items reconciling with the journal and with the
 * invoices' gross totals; every concept line invoiced, deferred or written off (R10); hash chains intact.
 */
export const runVerify = async (store: EventStore, options: VerifyOptions = {}): Promise<VerifyReport> => {
  const nummers: Probleem[] = []
  const balans: Probleem[] = []
  const regels: Probleem[] = []
  const leesbaar: Probleem[] = []
  const gezien = new Map<string, string>()
  const reeksen = new Map<string, Reeksstand>()
  const uitgegeven = new Map<string, string>()
  const concepten = new Map<string, { state: ConceptState; verrekend: Set<string> }>()
  let aantalNummers = 0
  let aantalPosten = 0
  let aantalAfhandelingen = 0
  let events = 0
  let laatste: bigint | undefined
  const view = weergavenProjectie.initialView()

  const controleerEvent = (e: RecordedEvent): void => {
    events++
    laatste = e.globalPosition
    if (!weergaveRegistry.knows(e.type)) return
    const data = e.data as Data
    if (e.type === 'Gejournaliseerd') {
      aantalPosten++
      const post = data.journaalpost as {
        regels?: { zijde: string; bedrag: string }[]
        totaalDebet?: string
        totaalCredit?: string
      }
      let debet = NUL
      let credit = NUL
      for (const r of post?.regels ?? []) {
        if (r.zijde === 'debet') debet = debet.plus(r.bedrag)
        else credit = credit.plus(r.bedrag)
      }
      if (
        !debet.equals(credit) ||
        !debet.equals(post?.totaalDebet ?? 'NaN') ||
        !credit.equals(post?.totaalCredit ?? 'NaN')
      ) {
        balans.push({
          melding: `journaalpost of ${String(data.factuurnummer)} (dagboek ${String(data.dagboek)}) is not in balance: debet ${debet.toFixed(2)}, credit ${credit.toFixed(2)}, recorded totals ${String(post?.totaalDebet)} / ${String(post?.totaalCredit)}`,
          ...waar(e),
        })
      }
    }
    const decoded = weergaveRegistry.decode(e)
    if (decoded._tag === 'Left') {
      leesbaar.push({ melding: `${e.type} does not decode: ${decoded.left.message}`, ...waar(e) })
      return
    }
    const event = decoded.right
    weergavenProjectie.evolve(view, event, e)
    switch (event.type) {
      case 'NummeringGestart':
        reeksen.set(`${event.data.administratie}|${event.data.dagboek}`, {
          volgende: event.data.reeks.laatsteFactuurnummer + 1,
          dagboek: event.data.dagboek,
        })
        return
      case 'FactuurnummerToegekend': {
        aantalNummers++
        const d = event.data
        const key = `${d.administratie}|${d.dagboek}`
        const stand = reeksen.get(key)
        if (!stand) {
          nummers.push({
            melding: `number ${d.factuurnummer} issued in dagboek ${key} before its series started`,
            ...waar(e),
          })
        } else if (d.volgnummer !== stand.volgende) {
          nummers.push({
            melding:
              d.volgnummer > stand.volgende
                ? `series of dagboek ${key} has a gap: expected ${stand.volgende}, got ${d.volgnummer} (${d.volgnummer - stand.volgende} number(s) missing)`
                : `series of dagboek ${key} repeats or goes back: expected ${stand.volgende}, got ${d.volgnummer}`,
            ...waar(e),
          })
        }
        if (stand) stand.volgende = Math.max(stand.volgende, d.volgnummer + 1)
        const eerder = gezien.get(d.factuurnummer)
        if (eerder !== undefined) {
          nummers.push({
            melding: `invoice number ${d.factuurnummer} issued twice (first at position ${eerder})`,
            ...waar(e),
          })
        } else gezien.set(d.factuurnummer, e.globalPosition.toString())
        uitgegeven.set(`${d.administratie}|${d.factuurId}`, d.factuurnummer)
        return
      }
      case 'Gefactureerd': {
        const d = event.data
        const nummer = uitgegeven.get(`${d.administratie}|${d.factuurId}`)
        if (nummer !== d.factuurnummer) {
          nummers.push({
            melding: `invoice ${d.factuurId} carries number ${d.factuurnummer}, but its dagboek issued ${nummer ?? 'none'} to it`,
            ...waar(e),
          })
        }
        return
      }
      default:
        if ('conceptId' in event.data) volgConcept(event as ConceptEvent, e)
    }
  }

  const volgConcept = (event: ConceptEvent, e: RecordedEvent): void => {
    const key = `${event.data.administratie}|${event.data.conceptId}`
    let c = concepten.get(key)
    if (!c) {
      c = { state: conceptDecider.initialState(), verrekend: new Set() }
      concepten.set(key, c)
    }
    if (event.type === 'VoorschotVerrekend') c.verrekend.add(event.data.voorschotRegelId)
    if (event.type === 'ConceptGefactureerd' || event.type === 'ConceptZonderFactuurAfgehandeld') {
      aantalAfhandelingen++
      const verantwoord = new Map<string, number>()
      const tel = (regelId: string) => verantwoord.set(regelId, (verantwoord.get(regelId) ?? 0) + 1)
      if (event.type === 'ConceptGefactureerd') {
        for (const h of event.data.herkomst) for (const regelId of h.conceptregelIds) tel(regelId)
        for (const regelId of c.verrekend) tel(regelId)
      }
      for (const { regelId } of event.data.afgeboekt) tel(regelId)
      for (const regelId of event.data.doorgeschoven) tel(regelId)
      for (const regelId of c.state.regels.keys()) {
        const keer = verantwoord.get(regelId) ?? 0
        if (keer !== 1) {
          regels.push({
            melding:
              keer === 0
                ? `concept ${event.data.conceptId}: line ${regelId} was neither invoiced, deferred nor written off`
                : `concept ${event.data.conceptId}: line ${regelId} was accounted for ${keer} times`,
            ...waar(e),
          })
        }
      }
      c.verrekend.clear()
    }
    conceptDecider.evolve(c.state, event)
    if (c.state.status === 'gefactureerd' || c.state.status === 'verwijderd') concepten.delete(key)
  }

  const ketens = await verifyHashChains(
    metVoortgang(store, (e, n) => {
      controleerEvent(e)
      options.onEvent?.(e, n)
    }),
  )

  const aansluiting = controleerAansluiting(view.journaal, view.openstaandePosten, alleRelaties)
  const aansluitProblemen: Probleem[] = [
    ...aansluiting.verschillen.map((v) => ({
      melding: `debiteur ${v.debiteur} (${v.administratie}, ${v.valuta}): journal ${v.journaal}, open items ${v.openstaand}, difference ${v.verschil}`,
    })),
    ...aansluiting.zonderOpenstaandePost.map((k) => ({ melding: `journaalpost ${k} has no open item` })),
    ...aansluiting.zonderJournaalpost.map((k) => ({ melding: `open item ${k} has no journaalpost` })),
  ]
  for (const rij of view.facturen.facturen.values()) {
    if (!rij.gejournaliseerd || rij.factuurnummer === undefined) continue
    const post = view.openstaandePosten.posten.get(`${rij.administratie}|${rij.factuurnummer}`)
    if (post && !decimaal(post.bedrag).equals(rij.totaalBruto)) {
      aansluitProblemen.push({
        melding: `invoice ${rij.factuurnummer}: gross ${rij.totaalBruto}, but its open item is ${post.bedrag}`,
        positie: post.positie,
      })
    }
  }

  const ketenProblemen = samengevat(ketens.problems)
  const controles: Controle[] = [
    {
      naam: 'factuurnummers',
      omschrijving: 'invoice numbers unique per environment and gapless per series (R27, R32)',
      gecontroleerd: aantalNummers,
      problemen: nummers,
    },
    {
      naam: 'journaalposten',
      omschrijving: 'every journaalpost balances (R30)',
      gecontroleerd: aantalPosten,
      problemen: balans,
    },
    {
      naam: 'openstaande-posten',
      omschrijving: `open items reconcile with the journal and the invoices (journal ${aansluiting.totaalJournaal}, open items ${aansluiting.totaalOpenstaand})`,
      gecontroleerd: aansluiting.debiteuren,
      problemen: aansluitProblemen,
    },
    {
      naam: 'conceptregels',
      omschrijving: 'every concept line is invoiced, deferred or written off (R10)',
      gecontroleerd: aantalAfhandelingen,
      problemen: regels,
    },
    {
      naam: 'leesbaarheid',
      omschrijving: 'every event decodes with its codec',
      gecontroleerd: events,
      problemen: leesbaar,
    },
    ...(options.zonderHashketens
      ? []
      : [
          {
            naam: 'hashketens',
            omschrijving: `hash chains and seals intact (${ketens.streamsChecked} streams, ${ketens.sealsChecked} seal(s), running hash ${ketens.runningHash.slice(0, 16)}…)`,
            gecontroleerd: ketens.eventsChecked,
            problemen: ketenProblemen,
          },
        ]),
  ]
  const ok = controles.every((c) => c.problemen.length === 0)
  const basis = { ok, events, laatstePositie: laatste?.toString(), controles }
  if (!ok || !options.seal) return basis
  const { seal } = await sealLog(new HashChainingEventStore(store), options.sealedAt ?? new Date().toISOString())
  return seal ? { ...basis, seal } : basis
}

/** Chain problems as lines; events without any hash (a log written around the decorator) are counted once. */
const samengevat = (problemen: readonly ChainProblem[]): Probleem[] => {
  const zonderHash = problemen.filter((p) => p.kind === 'MISSING_HASH')
  const rest = problemen
    .filter((p) => p.kind !== 'MISSING_HASH')
    .map((p) => ({
      melding: `${p.kind} ${p.streamId}@${p.streamRevision} (event ${p.eventId}): ${p.message}`,
      positie: p.globalPosition.toString(),
      streamId: p.streamId,
    }))
  if (zonderHash.length === 0) return rest
  const eerste = zonderHash[0] as ChainProblem
  return [
    ...rest,
    {
      melding: `${zonderHash.length} event(s) carry no hash, first ${eerste.streamId}@${eerste.streamRevision}: written without HashChainingEventStore (pass --no-hash-chains for such a log)`,
      positie: eerste.globalPosition.toString(),
      streamId: eerste.streamId,
    },
  ]
}
