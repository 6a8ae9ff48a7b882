import type { EmailEventListItem } from '../../../domain/shared/ports/mailer.js';
import { eventListHtml, eventListText } from './event-list.js';
import type { MailTemplateDefinition } from './types.js';

type Item = EmailEventListItem & { count: number };

// To organizers whose setting is ONE_HOUR / ONE_DAY / ONE_WEEK: requests received since the last digest.
export const pendingParticipationsDigest: MailTemplateDefinition<{ total: number; events: Item[] }> = {
  view: (data, context) => ({
    total: data.total ?? 0,
    listHtmlEn: eventListHtml(data.events, context, (i: Item) => `(${i.count ?? 0} new)`),
    listTextEn: eventListText(data.events, context, (i: Item) => `(${i.count ?? 0} new)`),
    listHtmlFr: eventListHtml(data.events, context, (i: Item) => `(${i.count ?? 0} nouvelle(s))`),
    listTextFr: eventListText(data.events, context, (i: Item) => `(${i.count ?? 0} nouvelle(s))`),
  }),
  locales: {
    en: {
      subject: '{{total}} participation request(s) wait for you — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Participation requests wait for you</h1>
<p>{{total}} new request(s) to take part in your events since the last summary:</p>
{{{listHtmlEn}}}
<p>Open each event’s participants to approve or reject them. You get this summary because of your notification settings for pending participations.</p>`,
      text: `Participation requests wait for you

{{total}} new request(s) to take part in your events since the last summary:

{{listTextEn}}

Open each event’s participants to approve or reject them. You get this summary because of your notification settings for pending participations.`,
    },
    fr: {
      subject: '{{total}} demande(s) de participation en attente — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Des demandes de participation vous attendent</h1>
<p>{{total}} nouvelle(s) demande(s) de participation à vos événements depuis le dernier résumé :</p>
{{{listHtmlFr}}}
<p>Ouvrez la liste des participants de chaque événement pour les accepter ou les refuser. Vous recevez ce résumé en raison de vos paramètres de notification des participations en attente.</p>`,
      text: `Des demandes de participation vous attendent

{{total}} nouvelle(s) demande(s) de participation à vos événements depuis le dernier résumé :

{{listTextFr}}

Ouvrez la liste des participants de chaque événement pour les accepter ou les refuser. Vous recevez ce résumé en raison de vos paramètres de notification des participations en attente.`,
    },
  },
};
