import type { ConceptRegel } from './events'
import type { ProjectInstellingen, Verdichtingsmethode } from './instellingen'

/** The verdichte regel a line goes under. */
export interface VerdichteRegelKeuze {
  readonly id: string
  readonly omschrijving: string
}

/**
 * R7: the verdichte regel a line from nacalculatie belongs to, or none without verdichting. A verdichte regel
 * becomes one invoice line with one revenue account and one btw-code, so its identity also holds the line's
 * integratiegroep and btw-tariefgroep: it never mixes them (per project, hours and costs give a line each).
 * Per werksoort groups hours per werksoort and all costs together as "Kosten".
 * `undefined` with `tekstcodeOntbreekt` when the method needs a tekstcode the line lacks.
 */
export const verdichteRegelVoor = (
  methode: Verdichtingsmethode,
  regel: Pick<
    ConceptRegel,
    'soort' | 'itemcode' | 'itemomschrijving' | 'project' | 'tekstcode' | 'integratiegroep' | 'btwTariefgroep'
  >,
): VerdichteRegelKeuze | undefined | 'tekstcodeOntbreekt' => {
  const staart = `${regel.integratiegroep}|${regel.btwTariefgroep}`
  switch (methode) {
    case 'geen':
      return undefined
    case 'perProject': {
      const project = regel.project
      return project
        ? { id: `project:${project.nummer}|${staart}`, omschrijving: project.omschrijving }
        : { id: `project:-|${staart}`, omschrijving: 'Overige regels' }
    }
    case 'perProjectPerTekstcode':
    case 'perTekstcode': {
      const tekstcode = regel.tekstcode
      if (!tekstcode) return 'tekstcodeOntbreekt'
      const project = methode === 'perProjectPerTekstcode' ? `project:${regel.project?.nummer ?? '-'}|` : ''
      return { id: `${project}tekstcode:${tekstcode.code}|${staart}`, omschrijving: tekstcode.omschrijving }
    }
    case 'perWerksoort':
      return regel.soort === 'uren'
        ? { id: `werksoort:${regel.itemcode}|${staart}`, omschrijving: regel.itemomschrijving ?? regel.itemcode }
        : { id: `kosten|${staart}`, omschrijving: 'Kosten' }
  }
}

/** R7: with verdichting a manual line (plus-regel, correctie) is a verdichte regel of its own; without, none. */
export const verdichteRegelVoorPlusregel = (
  methode: Verdichtingsmethode,
  regel: Pick<ConceptRegel, 'regelId' | 'omschrijving'>,
): VerdichteRegelKeuze | undefined =>
  methode === 'geen' ? undefined : { id: `plus:${regel.regelId}`, omschrijving: regel.omschrijving }

/** R9: where a voorschotverrekening goes: under the voorschot tekstcode when verdichting is per (project per) tekstcode. */
export const verdichteRegelVoorVoorschot = (
  instellingen: ProjectInstellingen,
  btwCode: string,
): VerdichteRegelKeuze | undefined => {
  if (instellingen.verdichting === 'geen') return undefined
  const tekstcode = instellingen.voorschot.tekstcode
  const metTekstcode =
    tekstcode !== undefined &&
    (instellingen.verdichting === 'perTekstcode' || instellingen.verdichting === 'perProjectPerTekstcode')
  return metTekstcode
    ? { id: `voorschot:tekstcode:${tekstcode.code}|${btwCode}`, omschrijving: tekstcode.omschrijving }
    : { id: `voorschot|${btwCode}`, omschrijving: instellingen.voorschot.omschrijving }
}

/** A correctieregel under a verdichte regel (R7), booked like the regel's first line. */
export const regelOnderVerdichteRegel = (
  verdicht: VerdichteRegelKeuze,
  voorbeeld: ConceptRegel,
  regel: Pick<
    ConceptRegel,
    'regelId' | 'herkomst' | 'verwerkingsmethode' | 'soort' | 'itemcode' | 'omschrijving' | 'bedrag'
  >,
): ConceptRegel => ({
  ...regel,
  btwTariefgroep: voorbeeld.btwTariefgroep,
  integratiegroep: voorbeeld.integratiegroep,
  verdichteRegel: { id: verdicht.id, omschrijving: verdicht.omschrijving },
  ...(voorbeeld.project === undefined ? {} : { project: voorbeeld.project }),
})
