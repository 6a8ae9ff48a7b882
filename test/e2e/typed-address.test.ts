// Issue 12.7: with no geocoder, Mobilizon's client sends `physicalAddress.timezone: ""` for an address
// typed by hand; createEvent must take it as an unknown zone, not refuse the event.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/app.js';
import { createConfirmedAccount, type ConfirmedAccount } from '../support/accounts.js';
import { hasClientOps, operation } from '../support/client-ops.js';
import { unique } from '../support/database.js';

const run = hasClientOps ? describe : describe.skip;
if (!hasClientOps) console.warn('typed-address test skipped: ../shared/mobilizon/client-ops is absent');

run('an event with an address typed by hand in the web client', () => {
  let app: TestApp;
  let organizer: ConfirmedAccount;

  beforeAll(async () => {
    app = await startTestApp({});
    organizer = await createConfirmedAccount(app, {});
  });
  afterAll(async () => {
    await app?.close();
  });

  it('is created with an empty address zone, read as unknown; the event keeps its own zone', async () => {
    const beginsOn = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const created = await organizer.client.gql(operation('event.graphql', 'CREATE_EVENT').document, {
      organizerActorId: organizer.persons[0].id,
      title: `Typed address ${unique('addr')}`,
      description: '<p>Bring chairs</p>',
      beginsOn,
      draft: false,
      physicalAddress: {
        description: 'Salle des fêtes',
        street: '1 rue de la Mairie',
        locality: 'Lyon',
        postalCode: '69001',
        country: 'France',
        timezone: '',
      },
      options: { timezone: 'Europe/Paris' },
    });
    expect(created.errors).toBeUndefined();
    const event = created.data.createEvent;
    expect(event.physicalAddress.locality).toBe('Lyon');
    expect(event.physicalAddress.timezone).toBeNull();
    expect(event.options.timezone).toBe('Europe/Paris');
  });
});
