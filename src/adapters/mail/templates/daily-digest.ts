import type { EmailEventListItem } from '../../../domain/shared/ports/mailer.js';
import { eventListHtml, eventListText } from './event-list.js';
import type { MailTemplateDefinition } from './types.js';

// On the morning of a day with events (notificationOnDay): that day's events.
export const dailyDigest: MailTemplateDefinition<{ day: string; events: EmailEventListItem[] }> = {
  view: (data, context) => ({
    day: data.day ?? '',
    count: (data.events ?? []).length,
    listHtml: eventListHtml(data.events, context),
    listText: eventListText(data.events, context),
  }),
  locales: {
    en: {
      subject: 'Your events today — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Today, {{day}}</h1>
<p>You take part in {{count}} event(s) today:</p>
{{{listHtml}}}
<p>You get this email because your notification settings ask for one on the day of your events.</p>`,
      text: `Today, {{day}}

You take part in {{count}} event(s) today:

{{listText}}

You get this email because your notification settings ask for one on the day of your events.`,
    },
    fr: {
      subject: 'Vos événements du jour — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Aujourd’hui, {{day}}</h1>
<p>Vous participez à {{count}} événement(s) aujourd’hui :</p>
{{{listHtml}}}
<p>Vous recevez ce message car vos paramètres de notification en demandent un le jour de vos événements.</p>`,
      text: `Aujourd’hui, {{day}}

Vous participez à {{count}} événement(s) aujourd’hui :

{{listText}}

Vous recevez ce message car vos paramètres de notification en demandent un le jour de vos événements.`,
    },
  },
};
