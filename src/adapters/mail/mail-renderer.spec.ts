import { describe, expect, it } from '@jest/globals';
import type { Email, EmailTemplate } from '../../domain/shared/ports/mailer.js';
import { MailRenderer, extractLinks, resolveLocale } from './mail-renderer.js';
import { MAIL_LOCALES, mailTemplates } from './templates/index.js';

const samples: { [T in EmailTemplate]: Extract<Email, { template: T }>['data'] } = {
  'registration-confirmation': { token: 'tok' },
  'account-exists': {},
  'password-reset': { token: 'tok' },
  'email-changed-old': { newEmail: 'new@example.test' },
  'email-change-confirm': { token: 'tok' },
  'email-change-taken': {},
  'role-changed': { role: 'MODERATOR' },
  'account-confirmed-by-admin': {},
  'email-changed-by-admin': { oldEmail: 'old@example.test', newEmail: 'new@example.test', toNewAddress: true },
  'participation-approved': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1', participantName: 'Ada' },
  'participation-rejected': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1', participantName: 'Ada' },
  'participation-confirmed': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1', approvalRequired: false, cancellationToken: 'c' },
  'anonymous-participation-confirmation': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1', token: 'tok', hours: 48 },
  'participation-pending': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1', participantName: 'Ada', pendingCount: 2 },
  'event-updated': {
    eventTitle: 'Picnic',
    eventUuid: 'u-1',
    when: 'June 1',
    where: 'Park',
    changed: ['beginsOn', 'title'],
    status: 'CONFIRMED',
  },
  'event-cancelled': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1' },
  'event-reminder': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1', where: '' },
  'daily-digest': { day: 'June 1', events: [{ eventTitle: 'Picnic', eventUuid: 'u-1', when: '10:00', where: 'Park' }] },
  'weekly-digest': { weekOf: 'June 1', events: [{ eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 2', where: '' }] },
  'pending-participations-digest': { total: 3, events: [{ eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 2', where: '', count: 3 }] },
  'report-created': { reportId: '7', reportedName: 'Mallory (@mallory)', content: 'Spam', eventTitles: ['Picnic'], commentCount: 1 },
  'participation-cancelled-organizer-suspended': { eventTitle: 'Picnic', eventUuid: 'u-1', when: 'June 1' },
  'event-announcement': {
    eventTitle: 'Picnic',
    eventUuid: 'u-1',
    when: 'June 1',
    organizerName: 'Ada',
    message: 'Bring a hat.\nSee you there!',
  },
};

describe('MailRenderer', () => {
  const renderer = new MailRenderer({ baseUrl: 'https://x.example/sub/', instanceName: 'X' });

  it('renders every template in every locale, with only absolute links on this instance', () => {
    for (const template of Object.keys(mailTemplates) as EmailTemplate[]) {
      for (const locale of MAIL_LOCALES) {
        const out = renderer.render({ template, to: 'a@example.test', locale, data: samples[template] } as Email);
        expect(out.subject).toMatch(/\bX\b/);
        expect(out.html).toContain(`<html lang="${locale}">`);
        expect(out.text).not.toMatch(/[<>]/);
        // A base URL with a path keeps it, without a double slash.
        for (const link of out.links) expect(link.startsWith('https://x.example/sub/')).toBe(true);
      }
    }
  });

  it('picks French for fr tags and English for anything else', () => {
    expect(resolveLocale('fr')).toBe('fr');
    expect(resolveLocale('FR_be')).toBe('fr');
    expect(resolveLocale('de')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('extracts links without trailing punctuation', () => {
    expect(extractLinks('see https://a.example/x. and (https://b.example/y), https://a.example/x')).toEqual([
      'https://a.example/x',
      'https://b.example/y',
    ]);
  });
});
