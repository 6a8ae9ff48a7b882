import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import type { MailTemplateDefinition } from './types.js';

// To an organizer (setting notificationPendingParticipation = DIRECT): a request waits for approval.
export const participationPending: MailTemplateDefinition<EmailEventData & { participantName: string; pendingCount: number }> = {
  view: (data, { link }) => ({
    title: data.eventTitle ?? '',
    when: data.when ?? '',
    name: data.participantName ?? '',
    count: data.pendingCount ?? 1,
    url: link(`/events/${encodeURIComponent(data.eventUuid ?? '')}/participations`),
  }),
  locales: {
    en: {
      subject: 'New participation request for "{{title}}" — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">A participation request waits for you</h1>
<p><strong>{{name}}</strong> asks to take part in <strong>{{title}}</strong> ({{when}}). Requests waiting for your decision: {{count}}.</p>
{{> button url=url label="Review the requests" fallback="If the button does not work, copy this address into your browser:"}}
<p>You get this email because your notification settings ask for pending participations at once.</p>`,
      text: `A participation request waits for you

{{name}} asks to take part in "{{title}}" ({{when}}). Requests waiting for your decision: {{count}}.

{{url}}

You get this email because your notification settings ask for pending participations at once.`,
    },
    fr: {
      subject: 'Nouvelle demande de participation à « {{title}} » — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Une demande de participation vous attend</h1>
<p><strong>{{name}}</strong> demande à participer à <strong>{{title}}</strong> ({{when}}). Demandes en attente de votre décision : {{count}}.</p>
{{> button url=url label="Voir les demandes" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Vous recevez ce message car vos paramètres de notification demandent d’être prévenu immédiatement des participations en attente.</p>`,
      text: `Une demande de participation vous attend

{{name}} demande à participer à « {{title}} » ({{when}}). Demandes en attente de votre décision : {{count}}.

{{url}}

Vous recevez ce message car vos paramètres de notification demandent d’être prévenu immédiatement des participations en attente.`,
    },
  },
};
