import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import { eventUrl } from './event-list.js';
import type { MailTemplateDefinition } from './types.js';

// About an hour before an event, to accounts whose settings ask for it (notificationBeforeEvent).
export const eventReminder: MailTemplateDefinition<EmailEventData & { where: string }> = {
  view: (data, context) => ({
    title: data.eventTitle ?? '',
    when: data.when ?? '',
    where: data.where ?? '',
    url: eventUrl(data.eventUuid, context),
  }),
  locales: {
    en: {
      subject: 'Soon: "{{title}}" — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Your event starts soon</h1>
<p><strong>{{title}}</strong> begins {{when}}.{{#if where}}<br>{{where}}{{/if}}</p>
{{> button url=url label="See the event" fallback="If the button does not work, copy this address into your browser:"}}
<p>You get this reminder because your notification settings ask for one before each event.</p>`,
      text: `Your event starts soon

"{{title}}" begins {{when}}.{{#if where}}
{{where}}{{/if}}

{{url}}

You get this reminder because your notification settings ask for one before each event.`,
    },
    fr: {
      subject: 'Bientôt : « {{title}} » — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Votre événement commence bientôt</h1>
<p><strong>{{title}}</strong> commence le {{when}}.{{#if where}}<br>{{where}}{{/if}}</p>
{{> button url=url label="Voir l’événement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Vous recevez ce rappel car vos paramètres de notification en demandent un avant chaque événement.</p>`,
      text: `Votre événement commence bientôt

« {{title}} » commence le {{when}}.{{#if where}}
{{where}}{{/if}}

{{url}}

Vous recevez ce rappel car vos paramètres de notification en demandent un avant chaque événement.`,
    },
  },
};
