import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { ConfigResolver } from './config.resolver.js';
import type { InstanceSettings } from '../../../domain/administration/index.js';
import { StaticInstanceSettings } from '../../../../test/fakes/static-instance-settings.js';

const base: InstanceSettings = {
  name: 'Les <Amis>',
  description: '',
  longDescription: '',
  slogan: null,
  contact: null,
  registrationsOpen: false,
  registrationsAllowlist: true,
  anonymousParticipation: { allowed: false, emailConfirmationRequired: false },
  anonymousReports: false,
  anonymousActorId: null,
  rules: '',
  termsType: 'CUSTOM',
  termsUrl: null,
  termsContent: '<p>Our own terms</p>',
  privacyType: 'URL',
  privacyUrl: null,
  privacyContent: null,
  languages: [],
  primaryColor: null,
  secondaryColor: null,
  uploadLimits: { default: 1, avatar: 2, banner: 3 },
  baseUrl: 'https://amis.example',
  version: '0.1.0',
  defaultLocale: 'fr',
};

async function resolve(settings: InstanceSettings) {
  const resolver = new ConfigResolver(new StaticInstanceSettings(settings));
  const config = await resolver.config();
  return { config, resolver };
}

describe('ConfigResolver', () => {
  it('serves custom terms as written by the admin', async () => {
    const { config, resolver } = await resolve(base);
    expect(resolver.terms(config, 'en')).toEqual({ type: 'CUSTOM', url: null, bodyHtml: '<p>Our own terms</p>' });
  });

  it('falls back to the default text when a URL policy has no URL, escaping the instance name', async () => {
    const { config, resolver } = await resolve(base);
    const privacy = resolver.privacy(config, null);
    expect(privacy.type).toBe('DEFAULT');
    // No locale given: the instance default (fr) applies.
    expect(privacy.bodyHtml).toContain('Politique de confidentialité de Les &lt;Amis&gt;');
    expect(privacy.bodyHtml).not.toContain('<Amis>');
  });

  it('maps settings and leaves anonymous actions off when disabled', async () => {
    const { config } = await resolve(base);
    expect(config.registrationsAllowlist).toBe(true);
    expect(config.anonymous.participation).toEqual({
      allowed: false,
      validation: { email: { enabled: false, confirmationRequired: false }, captcha: { enabled: false } },
    });
    expect(config.anonymous.actorId).toBeNull();
    expect(config.uploadLimits).toEqual({ default: 1, avatar: 2, banner: 3 });
    expect(config.timezones).toEqual(expect.arrayContaining(['Europe/Paris', 'Etc/UTC']));
  });
});
