import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import type { MailTemplateDefinition } from './types.js';

// To a participant an organizer turned down.
export const participationRejected: MailTemplateDefinition<EmailEventData & { participantName: string }> = {
  view: (data, { link }) => ({
    title: data.eventTitle ?? '',
    when: data.when ?? '',
    name: data.participantName ?? '',
    url: link(`/events/${encodeURIComponent(data.eventUuid ?? '')}`),
  }),
  locales: {
    en: {
      subject: 'Your participation in "{{title}}" was declined — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Participation declined</h1>
<p>Hello {{name}}, the organizers of <strong>{{title}}</strong> ({{when}}) could not accept your participation.</p>
{{> button url=url label="See the event" fallback="If the button does not work, copy this address into your browser:"}}`,
      text: `Participation declined

Hello {{name}}, the organizers of "{{title}}" ({{when}}) could not accept your participation.

{{url}}`,
    },
    fr: {
      subject: 'Votre participation à « {{title}} » a été refusée — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Participation refusée</h1>
<p>Bonjour {{name}}, les organisateurs de <strong>{{title}}</strong> ({{when}}) n’ont pas pu accepter votre participation.</p>
{{> button url=url label="Voir l’événement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}`,
      text: `Participation refusée

Bonjour {{name}}, les organisateurs de « {{title}} » ({{when}}) n’ont pas pu accepter votre participation.

{{url}}`,
    },
  },
};
