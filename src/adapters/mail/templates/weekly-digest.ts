import type { EmailEventListItem } from '../../../domain/shared/ports/mailer.js';
import { eventListHtml, eventListText } from './event-list.js';
import type { MailTemplateDefinition } from './types.js';

// On Monday morning (notificationEachWeek): the week's events.
export const weeklyDigest: MailTemplateDefinition<{ weekOf: string; events: EmailEventListItem[] }> = {
  view: (data, context) => ({
    weekOf: data.weekOf ?? '',
    count: (data.events ?? []).length,
    listHtml: eventListHtml(data.events, context),
    listText: eventListText(data.events, context),
  }),
  locales: {
    en: {
      subject: 'Your events this week — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">The week of {{weekOf}}</h1>
<p>You take part in {{count}} event(s) this week:</p>
{{{listHtml}}}
<p>You get this email because your notification settings ask for a weekly summary.</p>`,
      text: `The week of {{weekOf}}

You take part in {{count}} event(s) this week:

{{listText}}

You get this email because your notification settings ask for a weekly summary.`,
    },
    fr: {
      subject: 'Vos événements de la semaine — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">La semaine du {{weekOf}}</h1>
<p>Vous participez à {{count}} événement(s) cette semaine :</p>
{{{listHtml}}}
<p>Vous recevez ce message car vos paramètres de notification demandent un résumé hebdomadaire.</p>`,
      text: `La semaine du {{weekOf}}

Vous participez à {{count}} événement(s) cette semaine :

{{listText}}

Vous recevez ce message car vos paramètres de notification demandent un résumé hebdomadaire.`,
    },
  },
};
