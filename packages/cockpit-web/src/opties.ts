import type { EventStore } from '@factuurstroom/eventsourcing'
import type { Facturatiecockpit } from './facturatie'
import type { WieIsHet } from './gebruiker'
import type { Weergavebron } from './weergavebron'

/**
 * The lines a module reports ready to invoice (the administratie's subscriptions due, enrolments, delivered pakbonnen,
 * approved nacalculatie, instalments), in the shape the cockpit's action takes them. The host's modules own them.
 */
export type Bron = (administratie: string) => Promise<readonly unknown[]> | readonly unknown[]

/** A source per batch action; an action whose source the host does not give is not offered. */
export interface Bronnen {
  /** Subscription lines (`Abonnementsregel`) for factureren abonnementen. */
  readonly abonnementen?: Bron
  /** Enrolments (`Cursusinschrijving`) for factureren cursussen. */
  readonly cursussen?: Bron
  /** Delivered pakbon lines (`Pakbonregel`) for factureren ordermanagement. */
  readonly ordermanagement?: Bron
  /** Approved nacalculatie (`Nacalculatieregel`) for factureren nacalculatie (concepts off, R1). */
  readonly nacalculatie?: Bron
  /** Instalments (`Termijn`) for factureren termijnen. */
  readonly termijnen?: Bron
}

/** What a host gives `cockpitWeb`. */
export interface CockpitWebOpties {
  /** The event store the views are folded from (and the invoice documents rendered from). */
  readonly store: EventStore
  /** The cockpit the actions run on (over the same store). */
  readonly cockpit: Facturatiecockpit
  /** Who the request is from and what they may see; the host's session or SSO decides. */
  readonly gebruiker: WieIsHet
  /** Now, as an ISO instant (commands' occurredAt, the open items' default peildatum). */
  readonly nu?: () => string
  /** Secret for the forms' CSRF tokens; hosts running several processes share one. Random per start by default. */
  readonly csrfGeheim?: Buffer
  /** The modules' lines for factureren abonnementen, cursussen, ordermanagement, nacalculatie and termijnen. */
  readonly bronnen?: Bronnen
  /** Where the list pages read their rows: `tabelBron(pgStore)` for the worker's view tables; the fold by default. */
  readonly weergavebron?: Weergavebron
}
