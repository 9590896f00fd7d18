/** A rendered report on its way out; `sleutel` is the same on every retry of one invoice and report. */
export interface Uitgaand {
  readonly sleutel: string
  readonly administratie: string
  readonly factuurnummer: string
  readonly rapport: string
}

/** The host's print queue: receives the PDF to print (verstrekkingswijze `print`). */
export interface Printwachtrij {
  druk(opdracht: Uitgaand & { readonly pdf: Buffer }): Promise<void>
}

/** An e-mail with attachments (verstrekkingswijze `emailPdf`). */
export interface Mail {
  readonly sleutel: string
  readonly van: string
  readonly aan: string
  readonly onderwerp: string
  readonly tekst: string
  readonly bijlagen: readonly { readonly bestandsnaam: string; readonly inhoud: Buffer; readonly type: string }[]
}

export interface Mailer {
  verstuur(mail: Mail): Promise<void>
}

/** Where UBL documents go (verstrekkingswijze `ubl` / `peppol`); the host's Peppol access point reads from it. */
export interface Uitbak {
  lever(document: Uitgaand & { readonly bestandsnaam: string; readonly xml: string }): Promise<void>
}
