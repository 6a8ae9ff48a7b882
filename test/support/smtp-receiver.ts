// An in-process SMTP server for tests: real mail over a real socket, parsed with mailparser.
//
//   const smtp = await startSmtpReceiver();       // 127.0.0.1, free port, no auth, no TLS
//   ... configure the app with SMTP_URL = smtp.url ...
//   const mail = await smtp.waitFor((m) => m.to.includes('ada@example.test'));
//   mail.links[0]                                  // e.g. the confirmation link
//   await smtp.close();
import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  // Lowercased addresses: SMTP envelope recipients plus To/Cc header addresses.
  to: string[];
  // Lowercased address of the From header (envelope sender if the header is missing).
  from: string;
  // The From header as written, e.g. `"My instance" <noreply@example.test>`.
  fromHeader: string;
  subject: string;
  text: string;
  // Empty string when the message has no HTML part.
  html: string;
  // Absolute http(s) links of the text part, in order, without duplicates.
  links: string[];
  // Lowercased header name → raw header line value.
  headers: Map<string, string>;
  envelope: { mailFrom: string; rcptTo: string[] };
  raw: string;
  receivedAt: Date;
}

export interface SmtpReceiver {
  // `smtp://127.0.0.1:<port>`, to use as SMTP_URL.
  readonly url: string;
  readonly host: string;
  readonly port: number;
  // Every message received so far, oldest first.
  readonly messages: readonly ReceivedMail[];
  // Resolves with the first message (already received or arriving later) that matches;
  // rejects after timeoutMs with the list of what was received instead.
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  // Messages sent to an address (case-insensitive).
  messagesTo(address: string): ReceivedMail[];
  // Forget received messages (waiters already pending keep waiting).
  clear(): void;
  close(): Promise<void>;
}

export function extractLinks(text: string): string[] {
  // Sentence punctuation right after a URL is not part of it.
  const urls = (text.match(/https?:\/\/[^\s<>"'()]+/g) ?? []).map((url) => url.replace(/[.,;:!?]+$/, ''));
  return [...new Set(urls)];
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const result: string[] = [];
  const visit = (entries: AddressObject['value']): void => {
    for (const entry of entries) {
      if (entry.address) result.push(entry.address.toLowerCase());
      // Group syntax (`team: a@x, b@y;`) nests addresses.
      if (entry.group) visit(entry.group);
    }
  };
  for (const object of objects) visit(object.value);
  return result;
}

interface Waiter {
  predicate: (mail: ReceivedMail) => boolean;
  resolve: (mail: ReceivedMail) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export async function startSmtpReceiver(options: { host?: string; maxSize?: number } = {}): Promise<SmtpReceiver> {
  const host = options.host ?? '127.0.0.1';
  const messages: ReceivedMail[] = [];
  const waiters = new Set<Waiter>();
  const parseErrors: string[] = [];
  let closed = false;

  const deliver = (mail: ReceivedMail): void => {
    messages.push(mail);
    for (const waiter of [...waiters]) {
      let matches: boolean;
      try {
        matches = waiter.predicate(mail);
      } catch (error) {
        // A throwing predicate fails its own waitFor, not the SMTP session.
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.reject(error instanceof Error ? error : new Error(String(error)));
        continue;
      }
      if (matches) {
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(mail);
      }
    }
  };

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    logger: false,
    // The client is always local: skip the reverse DNS lookup that slows every session down.
    disableReverseLookup: true,
    size: options.maxSize ?? 25 * 1024 * 1024,
    // Tests connect and disconnect quickly; do not keep close() waiting on idle clients.
    closeTimeout: 1000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', (error) => callback(error));
      stream.on('end', () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error('Message too big for the test receiver'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const envelope = {
              mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address.toLowerCase() : '',
              rcptTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            };
            const to = [...new Set([...envelope.rcptTo, ...addresses(parsed.to), ...addresses(parsed.cc)])];
            const headers = new Map<string, string>();
            for (const line of parsed.headerLines) headers.set(line.key, line.line.slice(line.line.indexOf(':') + 1).trim());
            const text = parsed.text ?? '';
            deliver({
              to,
              from: addresses(parsed.from)[0] ?? envelope.mailFrom,
              fromHeader: parsed.from?.text ?? '',
              subject: parsed.subject ?? '',
              text,
              html: typeof parsed.html === 'string' ? parsed.html : '',
              links: extractLinks(text),
              headers,
              envelope,
              raw: raw.toString('utf8'),
              receivedAt: new Date(),
            });
            callback();
          })
          .catch((error: unknown) => {
            parseErrors.push(String(error));
            callback(error instanceof Error ? error : new Error(String(error)));
          });
      });
    },
  });
  // A client dropping the connection mid-session must not crash the test process.
  server.on('error', () => undefined);

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;

  const describeReceived = (): string =>
    messages.length === 0 ? 'no message received' : `received: ${messages.map((m) => `[to ${m.to.join(', ')}] "${m.subject}"`).join('; ')}`;

  return {
    url: `smtp://${host.includes(':') ? `[${host}]` : host}:${port}`,
    host,
    port,
    get messages() {
      return messages;
    },
    waitFor(predicate, timeoutMs = 10_000) {
      let existing: ReceivedMail | undefined;
      try {
        existing = messages.find(predicate);
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (existing) return Promise.resolve(existing);
      if (closed) return Promise.reject(new Error('SMTP receiver is closed'));
      return new Promise<ReceivedMail>((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            const errors = parseErrors.length ? `; parse errors: ${parseErrors.join('; ')}` : '';
            reject(new Error(`No matching email within ${timeoutMs} ms (${describeReceived()}${errors})`));
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
    },
    messagesTo(address) {
      const wanted = address.toLowerCase();
      return messages.filter((m) => m.to.includes(wanted));
    },
    clear() {
      messages.length = 0;
      parseErrors.length = 0;
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const waiter of waiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error(`SMTP receiver closed while waiting (${describeReceived()})`));
      }
      waiters.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
