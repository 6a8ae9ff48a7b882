import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import type { MailTemplateDefinition } from './types.js';

// To a participant an organizer accepted; the event's .ics comes attached.
export const participationApproved: MailTemplateDefinition<EmailEventData & { participantName: string }> = {
  view: (data, { link }) => ({
    title: data.eventTitle ?? '',
    when: data.when ?? '',
    name: data.participantName ?? '',
    url: link(`/events/${encodeURIComponent(data.eventUuid ?? '')}`),
  }),
  locales: {
    en: {
      subject: 'Your participation in "{{title}}" is approved — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">You are in!</h1>
<p>Hello {{name}}, an organizer approved your participation in <strong>{{title}}</strong> ({{when}}).</p>
{{> button url=url label="See the event" fallback="If the button does not work, copy this address into your browser:"}}
<p>The event is attached as a calendar file. If you cannot come after all, please leave the event from its page so that someone else can take your seat.</p>`,
      text: `You are in!

Hello {{name}}, an organizer approved your participation in "{{title}}" ({{when}}).

{{url}}

The event is attached as a calendar file. If you cannot come after all, please leave the event from its page so that someone else can take your seat.`,
    },
    fr: {
      subject: 'Votre participation à « {{title}} » est acceptée — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">C’est confirmé !</h1>
<p>Bonjour {{name}}, un organisateur a accepté votre participation à <strong>{{title}}</strong> ({{when}}).</p>
{{> button url=url label="Voir l’événement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>L’événement est joint sous forme de fichier d’agenda. Si vous ne pouvez finalement pas venir, quittez l’événement depuis sa page pour libérer votre place.</p>`,
      text: `C’est confirmé !

Bonjour {{name}}, un organisateur a accepté votre participation à « {{title}} » ({{when}}).

{{url}}

L’événement est joint sous forme de fichier d’agenda. Si vous ne pouvez finalement pas venir, quittez l’événement depuis sa page pour libérer votre place.`,
    },
  },
};
