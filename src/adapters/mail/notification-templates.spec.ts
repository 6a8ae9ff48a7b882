import { describe, expect, it } from '@jest/globals';
import { MailRenderer } from './mail-renderer.js';

describe('notification mail templates', () => {
  const renderer = new MailRenderer({ baseUrl: 'https://x.example', instanceName: 'X' });

  it('escapes event titles in digest lists and links each event', () => {
    const out = renderer.render({
      template: 'daily-digest',
      to: 'a@example.test',
      locale: 'en',
      data: {
        day: 'Friday 16 January 2026',
        events: [{ eventTitle: '<script>x</script> & co', eventUuid: 'u-1', when: '19:00 (Europe/Paris)', where: 'Parc, Paris' }],
      },
    });
    expect(out.html).toContain('&lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(out.html).not.toContain('<script>');
    expect(out.text).toContain('- <script>x</script> & co');
    expect(out.links).toEqual(['https://x.example/events/u-1']);
  });

  it('lists what changed in the reader’s language', () => {
    const data = {
      eventTitle: 'Picnic',
      eventUuid: 'u-1',
      when: 'dimanche 1 février 2026 à 13:00 (Europe/Paris)',
      where: 'Parc',
      changed: ['beginsOn'],
      status: 'CONFIRMED',
    };
    const fr = renderer.render({ template: 'event-updated', to: 'a@example.test', locale: 'fr', data });
    expect(fr.subject).toBe('« Picnic » a changé — X');
    expect(fr.text).toContain('- la date ou l’heure');
    expect(fr.text).not.toContain('le titre');
    const en = renderer.render({
      template: 'event-updated',
      to: 'a@example.test',
      locale: 'en',
      data: { ...data, changed: ['title', 'physicalAddress'] },
    });
    expect(en.text).toContain('- the title\n- the place');
    expect(en.text).not.toContain('date or time');
  });

  it('counts new requests per event in the pending digest', () => {
    const out = renderer.render({
      template: 'pending-participations-digest',
      to: 'a@example.test',
      locale: 'fr',
      data: { total: 3, events: [{ eventTitle: 'Atelier', eventUuid: 'u-2', when: 'jeudi', where: '', count: 3 }] },
    });
    expect(out.subject).toBe('3 demande(s) de participation en attente — X');
    expect(out.text).toContain('- Atelier (3 nouvelle(s))');
  });
});
