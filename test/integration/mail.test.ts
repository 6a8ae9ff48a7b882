// The mail adapter against a real SMTP server (in-process receiver) and the .eml file fallback.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import type { Email } from '../../src/domain/shared/ports/mailer.js';
import { NodemailerMailer } from '../../src/adapters/mail/nodemailer.mailer.js';
import { startSmtpReceiver, type SmtpReceiver } from '../support/smtp-receiver.js';

const BASE = 'https://events.example.test';
const INSTANCE = 'Convene Test';

const recipient = (label: string): string => `${label}-${randomBytes(4).toString('hex')}@example.test`;

interface Case {
  email: (to: string, locale: string) => Email;
  links: string[];
  subject: { en: string; fr: string };
  // Sentences that prove the language and the promised content of the text part.
  text: { en: string[]; fr: string[] };
}

const cases: Record<Email['template'], Case> = {
  'registration-confirmation': {
    email: (to, locale) => ({ template: 'registration-confirmation', to, locale, data: { token: 'reg-token-1' } }),
    links: [`${BASE}/validate/reg-token-1`],
    subject: { en: `Confirm your account on ${INSTANCE}`, fr: `Confirmez votre compte sur ${INSTANCE}` },
    text: {
      en: ['This link is valid for 48 hours and can be used only once.'],
      fr: ['Ce lien est valable 48 heures et ne peut servir qu’une seule fois.'],
    },
  },
  'account-exists': {
    email: (to, locale) => ({ template: 'account-exists', to, locale, data: {} }),
    links: [`${BASE}/login`, `${BASE}/password-reset/send`],
    subject: { en: `You already have an account on ${INSTANCE}`, fr: `Vous avez déjà un compte sur ${INSTANCE}` },
    text: {
      en: ['but an account already uses it', 'your account has not changed'],
      fr: ['mais un compte l’utilise déjà', 'votre compte n’a pas changé'],
    },
  },
  'password-reset': {
    email: (to, locale) => ({ template: 'password-reset', to, locale, data: { token: 'reset-token-2' } }),
    links: [`${BASE}/password-reset/reset-token-2`],
    subject: { en: `Reset your password on ${INSTANCE}`, fr: `Réinitialisez votre mot de passe sur ${INSTANCE}` },
    text: {
      en: ['This link is valid for 24 hours and can be used only once.', 'your password stays unchanged'],
      fr: ['Ce lien est valable 24 heures et ne peut servir qu’une seule fois.', 'votre mot de passe reste inchangé'],
    },
  },
  'email-change-confirm': {
    email: (to, locale) => ({ template: 'email-change-confirm', to, locale, data: { token: 'change-token-3' } }),
    links: [`${BASE}/validate/email/change-token-3`],
    subject: {
      en: `Confirm your new email address on ${INSTANCE}`,
      fr: `Confirmez votre nouvelle adresse électronique sur ${INSTANCE}`,
    },
    text: {
      en: ['This link is valid for 24 hours and can be used only once.'],
      fr: ['Ce lien est valable 24 heures et ne peut servir qu’une seule fois.'],
    },
  },
  'email-change-taken': {
    email: (to, locale) => ({ template: 'email-change-taken', to, locale, data: {} }),
    links: [`${BASE}/login`],
    subject: {
      en: `Someone asked to use your email address on ${INSTANCE}`,
      fr: `Quelqu’un a demandé à utiliser votre adresse électronique sur ${INSTANCE}`,
    },
    text: {
      en: ['It already belongs to your account, so nothing was changed.', 'your account has not changed'],
      fr: ['Elle appartient déjà à votre compte : rien n’a été changé.', 'votre compte n’a pas changé'],
    },
  },
  'email-changed-old': {
    email: (to, locale) => ({ template: 'email-changed-old', to, locale, data: { newEmail: 'new-address@example.test' } }),
    links: [],
    subject: {
      en: `The email address of your account on ${INSTANCE} has changed`,
      fr: `L’adresse électronique de votre compte sur ${INSTANCE} a changé`,
    },
    text: {
      en: [`is now new-address@example.test`, `please contact the administrators of ${INSTANCE}`],
      fr: [`est désormais new-address@example.test`, `contactez sans attendre les administrateurs de ${INSTANCE}`],
    },
  },
  'role-changed': {
    email: (to, locale) => ({ template: 'role-changed', to, locale, data: { role: 'MODERATOR' } }),
    links: [`${BASE}/admin`],
    subject: { en: `Your role on ${INSTANCE} has changed`, fr: `Votre rôle sur ${INSTANCE} a changé` },
    text: { en: [`made you moderator`], fr: [`vous a donné le rôle modérateur·ice`] },
  },
  'account-confirmed-by-admin': {
    email: (to, locale) => ({ template: 'account-confirmed-by-admin', to, locale, data: {} }),
    links: [`${BASE}/login`],
    subject: { en: `Your account on ${INSTANCE} was confirmed`, fr: `Votre compte sur ${INSTANCE} a été confirmé` },
    text: { en: ['was confirmed by an administrator'], fr: ['a été confirmé par un·e administrateur·ice'] },
  },
  'email-changed-by-admin': {
    email: (to, locale) => ({
      template: 'email-changed-by-admin',
      to,
      locale,
      data: { oldEmail: 'old@example.test', newEmail: 'new@example.test', toNewAddress: false },
    }),
    links: [],
    subject: {
      en: `An administrator changed the email address of your account on ${INSTANCE}`,
      fr: `Un·e administrateur·ice a changé l’adresse électronique de votre compte sur ${INSTANCE}`,
    },
    text: {
      en: ['from old@example.test to new@example.test', 'will no longer be sent to this address'],
      fr: ['old@example.test par new@example.test', 'ne seront plus envoyés à cette adresse'],
    },
  },
  'participation-approved': {
    email: (to, locale) => ({
      template: 'participation-approved',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1', participantName: 'Ada' },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: {
      en: `Your participation in "Picnic" is approved — ${INSTANCE}`,
      fr: `Votre participation à « Picnic » est acceptée — ${INSTANCE}`,
    },
    text: {
      en: ['an organizer approved your participation in "Picnic" (June 1)'],
      fr: ['un organisateur a accepté votre participation à « Picnic » (June 1)'],
    },
  },
  'participation-rejected': {
    email: (to, locale) => ({
      template: 'participation-rejected',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1', participantName: 'Ada' },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: {
      en: `Your participation in "Picnic" was declined — ${INSTANCE}`,
      fr: `Votre participation à « Picnic » a été refusée — ${INSTANCE}`,
    },
    text: { en: ['could not accept your participation'], fr: ['n’ont pas pu accepter votre participation'] },
  },
  'participation-confirmed': {
    email: (to, locale) => ({
      template: 'participation-confirmed',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1', approvalRequired: false, cancellationToken: 'cancel-4' },
    }),
    links: [`${BASE}/events/ev-1`, `${BASE}/events/ev-1#cancellation-token-cancel-4`],
    subject: {
      en: `Your participation in "Picnic" is confirmed — ${INSTANCE}`,
      fr: `Votre participation à « Picnic » est confirmée — ${INSTANCE}`,
    },
    text: {
      en: ['You are on the list of participants', 'cancellation code: cancel-4'],
      fr: ['Vous êtes sur la liste des participants', 'code d’annulation : cancel-4'],
    },
  },
  'anonymous-participation-confirmation': {
    email: (to, locale) => ({
      template: 'anonymous-participation-confirmation',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1', token: 'confirm-5', hours: 48 },
    }),
    links: [`${BASE}/participation/email/confirm/confirm-5`],
    subject: { en: `Confirm your participation in "Picnic" — ${INSTANCE}`, fr: `Confirmez votre participation à « Picnic » — ${INSTANCE}` },
    text: {
      en: ['This link is valid for 48 hours and can be used only once.'],
      fr: ['Ce lien est valable 48 heures et ne peut servir qu’une seule fois.'],
    },
  },
  'participation-pending': {
    email: (to, locale) => ({
      template: 'participation-pending',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1', participantName: 'Ada', pendingCount: 3 },
    }),
    links: [`${BASE}/events/ev-1/participations`],
    subject: {
      en: `New participation request for "Picnic" — ${INSTANCE}`,
      fr: `Nouvelle demande de participation à « Picnic » — ${INSTANCE}`,
    },
    text: { en: ['Requests waiting for your decision: 3.'], fr: ['Demandes en attente de votre décision : 3.'] },
  },
  'event-updated': {
    email: (to, locale) => ({
      template: 'event-updated',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 2', where: 'Park', changed: ['beginsOn'], status: 'CONFIRMED' },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: { en: `"Picnic" has changed — ${INSTANCE}`, fr: `« Picnic » a changé — ${INSTANCE}` },
    text: { en: ['- the date or time', 'Now: June 2'], fr: ['- la date ou l’heure', 'Désormais : June 2'] },
  },
  'event-cancelled': {
    email: (to, locale) => ({ template: 'event-cancelled', to, locale, data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1' } }),
    links: [`${BASE}/events/ev-1`],
    subject: { en: `"Picnic" is cancelled — ${INSTANCE}`, fr: `« Picnic » est annulé — ${INSTANCE}` },
    text: { en: ['The organizer cancelled "Picnic"'], fr: ['L’organisateur a annulé « Picnic »'] },
  },
  'event-reminder': {
    email: (to, locale) => ({
      template: 'event-reminder',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1 at 10:00', where: 'Park' },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: { en: `Soon: "Picnic" — ${INSTANCE}`, fr: `Bientôt : « Picnic » — ${INSTANCE}` },
    text: { en: ['"Picnic" begins June 1 at 10:00.'], fr: ['« Picnic » commence le June 1 at 10:00.'] },
  },
  'daily-digest': {
    email: (to, locale) => ({
      template: 'daily-digest',
      to,
      locale,
      data: { day: 'June 1', events: [{ eventTitle: 'Picnic', eventUuid: 'ev-1', when: '10:00', where: 'Park' }] },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: { en: `Your events today — ${INSTANCE}`, fr: `Vos événements du jour — ${INSTANCE}` },
    text: { en: ['You take part in 1 event(s) today'], fr: ['Vous participez à 1 événement(s) aujourd’hui'] },
  },
  'weekly-digest': {
    email: (to, locale) => ({
      template: 'weekly-digest',
      to,
      locale,
      data: { weekOf: 'June 1', events: [{ eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 3', where: '' }] },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: { en: `Your events this week — ${INSTANCE}`, fr: `Vos événements de la semaine — ${INSTANCE}` },
    text: { en: ['The week of June 1'], fr: ['La semaine du June 1'] },
  },
  'pending-participations-digest': {
    email: (to, locale) => ({
      template: 'pending-participations-digest',
      to,
      locale,
      data: { total: 2, events: [{ eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 3', where: '', count: 2 }] },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: { en: `2 participation request(s) wait for you — ${INSTANCE}`, fr: `2 demande(s) de participation en attente — ${INSTANCE}` },
    text: { en: ['- Picnic (2 new)'], fr: ['- Picnic (2 nouvelle(s))'] },
  },
  'event-announcement': {
    email: (to, locale) => ({
      template: 'event-announcement',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1', organizerName: 'Ada', message: 'Bring a hat & sunscreen.' },
    }),
    links: [`${BASE}/events/ev-1`],
    subject: { en: `Announcement for "Picnic" — ${INSTANCE}`, fr: `Annonce pour « Picnic » — ${INSTANCE}` },
    // The message itself (the same in both languages) is checked by test/e2e/comments.test.ts.
    text: {
      en: ['Ada, who organizes "Picnic" (June 1), posted this announcement', 'because you participate in this event'],
      fr: ['Ada, qui organise « Picnic » (June 1), a publié cette annonce', 'car vous participez à cet événement'],
    },
  },
  'report-created': {
    email: (to, locale) => ({
      template: 'report-created',
      to,
      locale,
      data: { reportId: '42', reportedName: 'Mallory (@mallory)', content: 'Spam & scams', eventTitles: ['Free money'], commentCount: 2 },
    }),
    links: [`${BASE}/moderation/report/42`],
    subject: {
      en: `New report about Mallory (@mallory) — ${INSTANCE}`,
      fr: `Nouveau signalement concernant Mallory (@mallory) — ${INSTANCE}`,
    },
    text: {
      en: ['Someone reported Mallory (@mallory)', '"Spam & scams"', 'Reported events: Free money', 'Reported comments: 2'],
      fr: ['Quelqu’un a signalé Mallory (@mallory)', '« Spam & scams »', 'Événements signalés : Free money', 'Commentaires signalés : 2'],
    },
  },
  'participation-cancelled-organizer-suspended': {
    email: (to, locale) => ({
      template: 'participation-cancelled-organizer-suspended',
      to,
      locale,
      data: { eventTitle: 'Picnic', eventUuid: 'ev-1', when: 'June 1' },
    }),
    links: [],
    subject: {
      en: `Your participation in "Picnic" is cancelled — ${INSTANCE}`,
      fr: `Votre participation à « Picnic » est annulée — ${INSTANCE}`,
    },
    text: {
      en: ['suspended the organizer of "Picnic", planned for June 1', 'your participation is cancelled'],
      fr: ['a suspendu l’organisateur de « Picnic », prévu le June 1', 'votre participation est annulée'],
    },
  },
};

describe('NodemailerMailer over SMTP', () => {
  let smtp: SmtpReceiver;
  let mailer: NodemailerMailer;
  let dataDir: string;
  const logs: string[] = [];

  beforeAll(async () => {
    smtp = await startSmtpReceiver();
    dataDir = await mkdtemp(path.join(tmpdir(), 'convene-mail-smtp-'));
    mailer = new NodemailerMailer({
      // Trailing slash on purpose: links must not get a double slash.
      baseUrl: `${BASE}/`,
      from: 'noreply@events.example.test',
      instanceName: INSTANCE,
      smtpUrl: smtp.url,
      dataDir,
      log: (line) => logs.push(line),
    });
  });

  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const matrix = (Object.keys(cases) as Email['template'][]).flatMap((template) =>
    (['en', 'fr'] as const).map((locale) => [template, locale] as const),
  );

  it.each(matrix)('sends %s in %s with subject, HTML and text parts and an absolute link', async (template, locale) => {
    const spec = cases[template];
    const to = recipient(template);
    await mailer.send(spec.email(to, locale));
    const mail = await smtp.waitFor((m) => m.to.includes(to), 5000);

    expect(mail.subject).toBe(spec.subject[locale]);
    expect(mail.from).toBe('noreply@events.example.test');
    expect(mail.fromHeader).toContain(INSTANCE);
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');

    // Both parts present, the HTML inside the shared layout, in the right language.
    expect(mail.html).toContain('<!DOCTYPE html>');
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.text.length).toBeGreaterThan(100);
    expect(mail.text).not.toContain('<');
    for (const sentence of spec.text[locale]) expect(mail.text).toContain(sentence);

    // The text footer links to the instance home page.
    expect(mail.links).toEqual([...spec.links, BASE]);
    for (const link of spec.links) expect(mail.html).toContain(`href="${link}"`);

    const other = locale === 'fr' ? spec.text.en : spec.text.fr;
    for (const sentence of other) expect(mail.text).not.toContain(sentence);
  });

  it('falls back to English for unknown locales and uses French for regional French tags', async () => {
    const german = recipient('de');
    const canadian = recipient('fr-ca');
    await mailer.send(cases['password-reset'].email(german, 'de'));
    await mailer.send(cases['password-reset'].email(canadian, 'fr-CA'));
    expect((await smtp.waitFor((m) => m.to.includes(german), 5000)).subject).toBe(cases['password-reset'].subject.en);
    expect((await smtp.waitFor((m) => m.to.includes(canadian), 5000)).subject).toBe(cases['password-reset'].subject.fr);
  });

  it('escapes hostile data in the HTML part and keeps it verbatim in the text part', async () => {
    const to = recipient('hostile');
    const newEmail = `"<script>alert('x')</script><img src=x onerror=alert(1)>"@evil.test`;
    await mailer.send({ template: 'email-changed-old', to, locale: 'en', data: { newEmail } });
    const mail = await smtp.waitFor((m) => m.to.includes(to), 5000);

    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    // Plain text is not HTML: escaping there would show entities to the reader.
    expect(mail.text).toContain(newEmail);
  });

  it('escapes a hostile instance name in HTML and keeps the subject on one line', async () => {
    const to = recipient('hostile-instance');
    const hostile = new NodemailerMailer({
      baseUrl: BASE,
      from: 'Club Admin <admin@events.example.test>',
      instanceName: 'Tom & Jerry <b>club</b>\r\nBcc: victim@example.test',
      smtpUrl: smtp.url,
      dataDir,
      log: () => undefined,
    });
    try {
      await hostile.send(cases['registration-confirmation'].email(to, 'en'));
    } finally {
      hostile.close();
    }
    const mail = await smtp.waitFor((m) => m.to.includes(to), 5000);

    expect(mail.subject).toBe('Confirm your account on Tom & Jerry <b>club</b> Bcc: victim@example.test');
    expect(mail.to).toEqual([to]);
    expect(mail.html).toContain('Tom &amp; Jerry &lt;b&gt;club&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>club</b>');
    // A `Name <address>` MAIL_FROM is used as given.
    expect(mail.from).toBe('admin@events.example.test');
    expect(mail.fromHeader).toContain('Club Admin');
    expect(mail.fromHeader).not.toContain('Tom & Jerry');
  });

  it('percent-encodes tokens in links', async () => {
    const to = recipient('token');
    await mailer.send({ template: 'registration-confirmation', to, locale: 'en', data: { token: 'a/b?c=d&e f' } });
    const mail = await smtp.waitFor((m) => m.to.includes(to), 5000);
    expect(mail.links[0]).toBe(`${BASE}/validate/a%2Fb%3Fc%3Dd%26e%20f`);
  });

  it('sends attachments (the event .ics of participation emails)', async () => {
    const to = recipient('ics');
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    await mailer.send({
      ...cases['participation-approved'].email(to, 'en'),
      attachments: [{ filename: 'event.ics', contentType: 'text/calendar; charset=utf-8', content: ics }],
    } as Email);
    const mail = await smtp.waitFor((m) => m.to.includes(to), 5000);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments.map((a) => [a.filename, a.contentType])).toEqual([['event.ics', 'text/calendar']]);
    expect(parsed.attachments[0].content.toString('utf8')).toBe(ics);
  });

  it('writes no file and logs no token when SMTP is configured', () => {
    expect(existsSync(path.join(dataDir, 'mail'))).toBe(false);
    expect(logs).toEqual([`mail: sending through SMTP ${smtp.url}`]);
  });

  it('rejects when the SMTP server cannot be reached, so the job is retried', async () => {
    const dead = await startSmtpReceiver();
    const deadUrl = dead.url;
    await dead.close();
    const mailer = new NodemailerMailer({
      baseUrl: BASE,
      from: 'noreply@events.example.test',
      instanceName: INSTANCE,
      smtpUrl: deadUrl,
      dataDir,
      log: () => undefined,
    });
    try {
      await expect(mailer.send(cases['password-reset'].email(recipient('dead'), 'en'))).rejects.toThrow(/ECONNREFUSED|connect/i);
    } finally {
      mailer.close();
    }
  });
});

describe('NodemailerMailer without SMTP (file transport)', () => {
  let dataDir: string;
  let mailer: NodemailerMailer;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'convene-mail-files-'));
    mailer = new NodemailerMailer({
      baseUrl: BASE,
      from: 'noreply@events.example.test',
      instanceName: INSTANCE,
      smtpUrl: null,
      dataDir,
      log: (line) => logs.push(line),
    });
  });

  afterAll(async () => {
    mailer?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('says at construction where emails go and how to change it', () => {
    expect(logs[0]).toContain(path.join(dataDir, 'mail'));
    expect(logs[0]).toContain('SMTP_URL');
  });

  it('writes an RFC 822 .eml file and logs recipient, subject and link', async () => {
    const to = recipient('file');
    await mailer.send(cases['registration-confirmation'].email(to, 'fr'));

    const files = await readdir(path.join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T.*-registration-confirmation\.eml$/);

    const raw = await readFile(path.join(dataDir, 'mail', files[0]));
    expect(raw.toString('utf8')).toContain('\r\n');
    const parsed = await simpleParser(raw);
    expect(parsed.subject).toBe(cases['registration-confirmation'].subject.fr);
    expect(parsed.text).toContain(`${BASE}/validate/reg-token-1`);
    expect(parsed.html).toContain(`href="${BASE}/validate/reg-token-1"`);

    const line = logs.at(-1) ?? '';
    expect(line).toContain(to);
    expect(line).toContain(cases['registration-confirmation'].subject.fr);
    expect(line).toContain(`${BASE}/validate/reg-token-1`);
    expect(line).toContain(files[0]);
  });

  it('names files so that sorting them gives the sending order', async () => {
    const sent: string[] = [];
    for (const template of ['password-reset', 'email-change-confirm', 'email-changed-old', 'password-reset'] as const) {
      await mailer.send(cases[template].email(recipient('order'), 'en'));
      sent.push(template);
    }
    const files = (await readdir(path.join(dataDir, 'mail'))).sort().slice(-4);
    expect(files.map((f) => f.replace(/^.*-[0-9a-f]{6}-/, '').replace(/\.eml$/, ''))).toEqual(sent);
    // A link-less email still gets its log line.
    expect(logs.some((l) => l.includes(cases['email-changed-old'].subject.en))).toBe(true);
  });
});

describe('SMTP receiver', () => {
  it('reports what it received when waitFor times out, and rejects pending waiters on close', async () => {
    const smtp = await startSmtpReceiver();
    const mailer = new NodemailerMailer({
      baseUrl: BASE,
      from: 'noreply@events.example.test',
      instanceName: INSTANCE,
      smtpUrl: smtp.url,
      dataDir: tmpdir(),
      log: () => undefined,
    });
    try {
      const to = recipient('someone');
      await mailer.send(cases['password-reset'].email(to, 'en'));
      await smtp.waitFor((m) => m.to.includes(to), 5000);
      expect(smtp.messagesTo(to.toUpperCase())).toHaveLength(1);

      await expect(smtp.waitFor((m) => m.to.includes('nobody@example.test'), 200)).rejects.toThrow(
        /No matching email within 200 ms \(received: .*Reset your password/,
      );
      const pending = smtp.waitFor(() => false, 5000);
      await smtp.close();
      await expect(pending).rejects.toThrow(/closed/);
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
