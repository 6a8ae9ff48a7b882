import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type SendMailOptions, type Transporter } from 'nodemailer';
import { Mailer, type Email } from '../../domain/shared/ports/mailer.js';
import { MailRenderer } from './mail-renderer.js';

export interface NodemailerMailerOptions {
  // Public URL of the instance; every link in an email is absolute from it.
  baseUrl: string;
  // MAIL_FROM: a bare address (the instance name is used as display name) or `Name <address>`.
  from: string;
  instanceName: string;
  // SMTP_URL (`smtp://user:pass@host:587`, `smtps://...`); null: write .eml files instead.
  smtpUrl: string | null;
  // Files go to `$dataDir/mail/` when there is no SMTP server.
  dataDir: string;
  log: (line: string) => void;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function redactUrl(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = '***';
  return copy.toString();
}

// Mailer port over nodemailer: SMTP when configured, otherwise one RFC 822 .eml file per message
// plus a console line with its links (so a first user can confirm an account without SMTP).
export class NodemailerMailer extends Mailer {
  private readonly renderer: MailRenderer;
  private readonly transport: Transporter;
  private readonly mode: 'smtp' | 'file';
  private readonly mailDir: string;
  private readonly from: SendMailOptions['from'];
  private sequence = 0;

  constructor(private readonly options: NodemailerMailerOptions) {
    super();
    this.renderer = new MailRenderer({ baseUrl: options.baseUrl, instanceName: options.instanceName });
    this.from = options.from.includes('<') ? options.from : { name: options.instanceName, address: options.from };
    this.mailDir = path.join(options.dataDir, 'mail');

    if (options.smtpUrl) {
      const url = new URL(options.smtpUrl);
      const loopback = isLoopback(url.hostname);
      this.mode = 'smtp';
      this.transport = nodemailer.createTransport({
        url: options.smtpUrl,
        // A local relay (or the test receiver) rarely has a trusted certificate or STARTTLS;
        // query parameters of SMTP_URL (e.g. `?ignoreTLS=false`) still override these defaults.
        ignoreTLS: loopback,
        tls: { rejectUnauthorized: !loopback },
        // Fail the job (it is retried) rather than hang a worker on a dead server.
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      });
      options.log(`mail: sending through SMTP ${redactUrl(url)}`);
    } else {
      this.mode = 'file';
      this.transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
      options.log(`mail: SMTP_URL unset, writing emails to ${this.mailDir} (set SMTP_URL and MAIL_FROM to send them)`);
    }
  }

  async send(email: Email): Promise<void> {
    const rendered = this.renderer.render(email);
    const message: SendMailOptions = {
      from: this.from,
      to: email.to,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      ...(email.attachments?.length
        ? { attachments: email.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })) }
        : {}),
      // Tell auto-responders not to answer (RFC 3834).
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Convene-Template': email.template },
    };

    if (this.mode === 'smtp') {
      await this.transport.sendMail(message);
      return;
    }

    const info = await this.transport.sendMail(message);
    const file = path.join(this.mailDir, this.fileName(email.template));
    await mkdir(this.mailDir, { recursive: true });
    // 'wx': never overwrite another message, even if two processes pick the same name.
    await writeFile(file, info.message as Buffer, { flag: 'wx', mode: 0o600 });
    const links = rendered.links.length ? ` — ${rendered.links.join(' ')}` : '';
    this.options.log(`mail: to ${email.to} — "${rendered.subject}"${links} (saved to ${file})`);
  }

  // Releases SMTP sockets; call on shutdown.
  close(): void {
    this.transport.close();
  }

  // Sorts by time: `2024-05-01T12-00-00-000Z-0001-ab12cd-password-reset.eml`.
  private fileName(template: string): string {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    this.sequence = (this.sequence + 1) % 10_000;
    const seq = String(this.sequence).padStart(4, '0');
    return `${stamp}-${seq}-${randomBytes(3).toString('hex')}-${template}.eml`;
  }
}
