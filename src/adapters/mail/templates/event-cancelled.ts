import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import { eventUrl } from './event-list.js';
import type { MailTemplateDefinition } from './types.js';

// To each participant once when the organizer cancels; the cancelled .ics comes attached.
export const eventCancelled: MailTemplateDefinition<EmailEventData> = {
  view: (data, context) => ({ title: data.eventTitle ?? '', when: data.when ?? '', url: eventUrl(data.eventUuid, context) }),
  locales: {
    en: {
      subject: '"{{title}}" is cancelled — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Event cancelled</h1>
<p>The organizer cancelled <strong>{{title}}</strong>, which was planned for {{when}}.</p>
{{> button url=url label="See the event" fallback="If the button does not work, copy this address into your browser:"}}
<p>The attached calendar file removes it from your calendar.</p>`,
      text: `Event cancelled

The organizer cancelled "{{title}}", which was planned for {{when}}.

{{url}}

The attached calendar file removes it from your calendar.`,
    },
    fr: {
      subject: '« {{title}} » est annulé — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Événement annulé</h1>
<p>L’organisateur a annulé <strong>{{title}}</strong>, prévu le {{when}}.</p>
{{> button url=url label="Voir l’événement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Le fichier d’agenda joint le retire de votre agenda.</p>`,
      text: `Événement annulé

L’organisateur a annulé « {{title}} », prévu le {{when}}.

{{url}}

Le fichier d’agenda joint le retire de votre agenda.`,
    },
  },
};
