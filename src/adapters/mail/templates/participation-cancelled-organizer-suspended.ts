import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import type { MailTemplateDefinition } from './types.js';

// To each participant of a suspended identity's upcoming events. No link to the event: it is no
// longer shown to anyone but the moderators.
export const participationCancelledOrganizerSuspended: MailTemplateDefinition<EmailEventData> = {
  view: (data) => ({ title: data.eventTitle ?? '', when: data.when ?? '' }),
  locales: {
    en: {
      subject: 'Your participation in "{{title}}" is cancelled — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Participation cancelled</h1>
<p>The moderators of {{instanceName}} suspended the organizer of <strong>{{title}}</strong>, planned for {{when}}.</p>
<p>The event is no longer available and your participation is cancelled.</p>`,
      text: `Participation cancelled

The moderators of {{instanceName}} suspended the organizer of "{{title}}", planned for {{when}}.

The event is no longer available and your participation is cancelled.`,
    },
    fr: {
      subject: 'Votre participation à « {{title}} » est annulée — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Participation annulée</h1>
<p>L’équipe de modération de {{instanceName}} a suspendu l’organisateur de <strong>{{title}}</strong>, prévu le {{when}}.</p>
<p>L’événement n’est plus disponible et votre participation est annulée.</p>`,
      text: `Participation annulée

L’équipe de modération de {{instanceName}} a suspendu l’organisateur de « {{title}} », prévu le {{when}}.

L’événement n’est plus disponible et votre participation est annulée.`,
    },
  },
};
