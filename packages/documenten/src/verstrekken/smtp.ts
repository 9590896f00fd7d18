import { createHash } from 'node:crypto'
import { createTransport } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { Mailer } from './poorten'

/**
 * A `Mailer` over SMTP (nodemailer). The Message-ID follows from the mail's `sleutel`, so a mail sent again after a
 * crash (between sending and recording) carries the same id and a receiver can drop the duplicate.
 */
export const smtpMailer = (opties: SMTPTransport.Options): Mailer & { sluit(): void } => {
  const transport = createTransport(opties)
  const domein = opties.name ?? 'factuurstroom.local'
  return {
    verstuur: async (mail) => {
      const id = createHash('sha256').update(mail.sleutel).digest('hex').slice(0, 32)
      await transport.sendMail({
        from: mail.van,
        to: mail.aan,
        subject: mail.onderwerp,
        text: mail.tekst,
        messageId: `<${id}@${domein}>`,
        attachments: mail.bijlagen.map((b) => ({ filename: b.bestandsnaam, content: b.inhoud, contentType: b.type })),
      })
    },
    sluit: () => transport.close(),
  }
}
