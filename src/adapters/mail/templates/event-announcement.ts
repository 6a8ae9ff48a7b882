import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import { eventUrl } from './event-list.js';
import type { MailTemplateDefinition } from './types.js';

// To each participant when the organizer posts an announcement under the event. `message` is plain
// text (escaped in the HTML version; line breaks kept by pre-line).
export const eventAnnouncement: MailTemplateDefinition<EmailEventData & { organizerName: string; message: string }> = {
  view: (data, context) => ({
    title: data.eventTitle ?? '',
    when: data.when ?? '',
    organizer: data.organizerName ?? '',
    message: data.message ?? '',
    url: eventUrl(data.eventUuid, context),
  }),
  locales: {
    en: {
      subject: 'Announcement for "{{title}}" — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">A word from the organizer</h1>
<p>{{#if organizer}}<strong>{{organizer}}</strong>, who organizes{{else}}The organizer of{{/if}} <strong>{{title}}</strong> ({{when}}), posted this announcement for the participants:</p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #3c376e;white-space:pre-line;">{{message}}</blockquote>
{{> button url=url label="See the event" fallback="If the button does not work, copy this address into your browser:"}}
<p>You receive this email because you participate in this event.</p>`,
      text: `A word from the organizer

{{#if organizer}}{{organizer}}, who organizes{{else}}The organizer of{{/if}} "{{title}}" ({{when}}), posted this announcement for the participants:

{{message}}

{{url}}

You receive this email because you participate in this event.`,
    },
    fr: {
      subject: 'Annonce pour « {{title}} » — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Un mot de l’organisateur</h1>
<p>{{#if organizer}}<strong>{{organizer}}</strong>, qui organise{{else}}L’organisateur de{{/if}} <strong>{{title}}</strong> ({{when}}), a publié cette annonce pour les participants :</p>
<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #3c376e;white-space:pre-line;">{{message}}</blockquote>
{{> button url=url label="Voir l’événement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Vous recevez ce courriel car vous participez à cet événement.</p>`,
      text: `Un mot de l’organisateur

{{#if organizer}}{{organizer}}, qui organise{{else}}L’organisateur de{{/if}} « {{title}} » ({{when}}), a publié cette annonce pour les participants :

{{message}}

{{url}}

Vous recevez ce courriel car vous participez à cet événement.`,
    },
  },
};
