import type { MailTemplateDefinition } from './types.js';

interface ReportCreatedData {
  reportId: string;
  reportedName: string;
  content: string;
  eventTitles: string[];
  commentCount: number;
}

// To every moderator and administrator when someone reports an identity. The reporter is not named
// here: the moderation page shows it to those who may see it.
export const reportCreated: MailTemplateDefinition<ReportCreatedData> = {
  view: (data, { link }) => ({
    reported: data.reportedName ?? '',
    content: data.content ?? '',
    hasContent: (data.content ?? '') !== '',
    events: (data.eventTitles ?? []).join(', '),
    hasEvents: (data.eventTitles ?? []).length > 0,
    commentCount: data.commentCount ?? 0,
    hasComments: (data.commentCount ?? 0) > 0,
    url: link(`/moderation/report/${encodeURIComponent(data.reportId ?? '')}`),
  }),
  locales: {
    en: {
      subject: 'New report about {{reported}} — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">New report</h1>
<p>Someone reported <strong>{{reported}}</strong> to the moderators of {{instanceName}}.</p>
{{#if hasContent}}<blockquote style="border-left:3px solid #ccc;margin:0 0 16px;padding:4px 12px;">{{content}}</blockquote>{{/if}}
{{#if hasEvents}}<p>Reported events: {{events}}</p>{{/if}}
{{#if hasComments}}<p>Reported comments: {{commentCount}}</p>{{/if}}
{{> button url=url label="Review the report" fallback="If the button does not work, copy this address into your browser:"}}`,
      text: `New report

Someone reported {{reported}} to the moderators of {{instanceName}}.
{{#if hasContent}}
"{{content}}"
{{/if}}{{#if hasEvents}}
Reported events: {{events}}
{{/if}}{{#if hasComments}}
Reported comments: {{commentCount}}
{{/if}}
Review the report: {{url}}`,
    },
    fr: {
      subject: 'Nouveau signalement concernant {{reported}} — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Nouveau signalement</h1>
<p>Quelqu’un a signalé <strong>{{reported}}</strong> à l’équipe de modération de {{instanceName}}.</p>
{{#if hasContent}}<blockquote style="border-left:3px solid #ccc;margin:0 0 16px;padding:4px 12px;">{{content}}</blockquote>{{/if}}
{{#if hasEvents}}<p>Événements signalés : {{events}}</p>{{/if}}
{{#if hasComments}}<p>Commentaires signalés : {{commentCount}}</p>{{/if}}
{{> button url=url label="Examiner le signalement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}`,
      text: `Nouveau signalement

Quelqu’un a signalé {{reported}} à l’équipe de modération de {{instanceName}}.
{{#if hasContent}}
« {{content}} »
{{/if}}{{#if hasEvents}}
Événements signalés : {{events}}
{{/if}}{{#if hasComments}}
Commentaires signalés : {{commentCount}}
{{/if}}
Examiner le signalement : {{url}}`,
    },
  },
};
