import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** An iTIP invitation: sent as `text/calendar; method=<method>`, the file's own METHOD. */
  invitation?: { method: 'REQUEST' | 'CANCEL'; content: string };
  /** The notification's id: its hash goes in a header, so that a copy sent twice after a crash can be spotted (no ids in emails). */
  id: string;
}

/** SMTP through nodemailer; one pooled transport per instance. */
export class Mailer {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      headers: { 'X-Binome-Notification-Id': createHash('sha256').update(mail.id).digest('hex').slice(0, 32) },
      ...(mail.invitation
        ? { icalEvent: { method: mail.invitation.method, content: mail.invitation.content, filename: 'invitation.ics' } }
        : {}),
    });
  }

  close(): void {
    this.transport.close();
  }
}
