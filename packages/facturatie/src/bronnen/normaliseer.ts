import type { Factuurbron, Factuurregel, ProjectRef } from '../gedeeld/factuuropdracht'
import type { Integratiesoort } from '../journalisering'
import type { Abonnementsregel } from './abonnementen'
import type { BronProject, BronRegelBasis } from './basis'
import type { Conceptfactuur } from './concepten'
import type { Cursusinschrijving } from './cursussen'
import type { Nacalculatieregel } from './nacalculatie'
import type { Pakbonregel } from './ordermanagement'
import type { TeFacturerenRegel } from './te-factureren-regel'
import type { Termijn } from './termijnen'

/**
 * The id of a staged line, `<bron>:<bronId>:<regelId>`: a source line is staged once, however often it is handed in.
 */
export const teFacturerenRegelId = (bron: Factuurbron, bronId: string, regelId: string): string =>
  `${bron}:${bronId}:${regelId}`

const projectVelden = (project: BronProject | undefined): { project?: ProjectRef; apartFactureren?: boolean } => {
  if (!project) return {}
  const { apartFactureren, ...ref } = project
  return { project: ref, ...(apartFactureren !== undefined ? { apartFactureren } : {}) }
}

const normaliseer = (
  bron: Factuurbron,
  integratiesoort: Integratiesoort,
  bronId: string,
  datum: string,
  input: BronRegelBasis,
  extra: Partial<TeFacturerenRegel> = {},
): TeFacturerenRegel => {
  const id = teFacturerenRegelId(bron, bronId, input.regelId)
  const { project, apartFactureren } = projectVelden(input.project)
  const regel: Factuurregel = {
    regelId: id,
    omschrijving: input.omschrijving,
    soort: input.soort ?? 'omzet',
    bedrag: input.bedrag,
    btwCode: input.btwCode,
    btwPercentage: input.btwPercentage,
    integratiegroep: input.integratiegroep,
    valuta: input.valuta,
    ...(input.aantal !== undefined ? { aantal: input.aantal } : {}),
    ...(input.prijs !== undefined ? { prijs: input.prijs } : {}),
    ...(input.eenheid !== undefined ? { eenheid: input.eenheid } : {}),
    ...(input.itemcode !== undefined ? { itemcode: input.itemcode } : {}),
    ...(project ? { project } : {}),
    ...(input.vrijeVelden !== undefined ? { vrijeVelden: input.vrijeVelden } : {}),
  }
  return {
    id,
    bron,
    integratiesoort,
    bronId,
    bronRegelId: input.regelId,
    verkooprelatie: input.verkooprelatie,
    factuurrelatie: input.factuurrelatie ?? input.verkooprelatie,
    valuta: input.valuta,
    btwPlicht: input.btwPlicht,
    datum,
    regel,
    ...(project ? { project } : {}),
    ...(apartFactureren !== undefined ? { apartFactureren } : {}),
    ...(input.betalingsconditie ? { betalingsconditie: input.betalingsconditie } : {}),
    ...(input.bronOmschrijving ? { bronOmschrijving: input.bronOmschrijving } : {}),
    ...extra,
  }
}

/**
 * A subscription line as a line to invoice (integratiesoort abonnementen), keeping its own collect-or-apart choice
 * (R16).
 */
export const vanAbonnement = (r: Abonnementsregel): TeFacturerenRegel =>
  normaliseer(
    'abonnement',
    'abonnementen',
    r.abonnementId,
    r.periode.van,
    r,
    r.verzamelen !== undefined ? { verzamelen: r.verzamelen } : {},
  )

/** A course enrolment as a line to invoice (integratiesoort cursussen). */
export const vanCursus = (r: Cursusinschrijving): TeFacturerenRegel =>
  normaliseer('cursus', 'cursussen', r.inschrijvingId, r.datum, r)

/** A delivered packing-slip line as a line to invoice (integratiesoort ordermanagement), with its delivery date. */
export const vanPakbon = (r: Pakbonregel): TeFacturerenRegel =>
  normaliseer('ordermanagement', 'ordermanagement', r.pakbonId, r.leverdatum, r, { leverdatum: r.leverdatum })

/**
 * Approved nacalculatie (bron uren/declaraties): hours and costs are automatische projectfacturen (R25), an
 * expense declaration goes through the uren/declaraties integratiesoort.
 */
export const vanNacalculatie = (r: Nacalculatieregel): TeFacturerenRegel =>
  normaliseer(
    'urenDeclaraties',
    r.declaratie ? 'urenDeclaraties' : 'automatischeProjectfacturen',
    r.project.nummer,
    r.datum,
    { ...r, regelId: r.nacalculatieId },
  )

/** An instalment reported ready as a line to invoice (integratiesoort termijnfacturen projecten). */
export const vanTermijn = (r: Termijn): TeFacturerenRegel =>
  normaliseer('termijn', 'termijnfacturenProjecten', r.termijnId, r.datum, r)

/**
 * A concept's invoice, line by line; apart it keeps the concept's factuurId. Each line carries its project's "apart
 * factureren" as the concept recorded it (R16): the concept's project, or per line on a concept over several projects.
 */
export const vanConcept = (c: Conceptfactuur): TeFacturerenRegel[] => {
  const o = c.factuuropdracht
  const apart = new Map(c.projecten.map((p) => [p.nummer, p.apartFactureren]))
  const kop = {
    ...(o.geheelVerdicht ? { geheelVerdicht: o.geheelVerdicht } : {}),
    ...(o.verstrekkingswijze ? { verstrekkingswijze: o.verstrekkingswijze } : {}),
    ...(o.vrijeVelden ? { vrijeVelden: o.vrijeVelden } : {}),
  }
  return o.regels.map((regel) => {
    const id = teFacturerenRegelId('concept', c.conceptId, regel.regelId)
    const apartFactureren = apart.get((o.project ?? regel.project)?.nummer ?? '')
    return {
      id,
      bron: 'concept',
      integratiesoort: 'automatischeProjectfacturen',
      bronId: c.conceptId,
      bronRegelId: regel.regelId,
      verkooprelatie: o.verkooprelatie,
      factuurrelatie: o.factuurrelatie,
      valuta: o.valuta,
      btwPlicht: o.btwPlicht,
      datum: o.factuurdatum,
      regel: { ...regel, regelId: id },
      factuurIdVoorstel: c.factuurId,
      ...(o.project ? { project: o.project } : {}),
      ...(apartFactureren === undefined ? {} : { apartFactureren }),
      ...(o.betalingsconditie ? { betalingsconditie: o.betalingsconditie } : {}),
      ...(o.bronOmschrijving ? { bronOmschrijving: o.bronOmschrijving } : {}),
      ...(o.leverdatum ? { leverdatum: o.leverdatum } : {}),
      ...(Object.keys(kop).length > 0 ? { kop } : {}),
    }
  })
}
