import type { MailTemplateDefinition } from './types.js';

const ROLE_NAMES: Record<string, { en: string; fr: string }> = {
  USER: { en: 'user', fr: 'utilisateur·ice' },
  MODERATOR: { en: 'moderator', fr: 'modérateur·ice' },
  ADMINISTRATOR: { en: 'administrator', fr: 'administrateur·ice' },
};

// Sent when an administrator gives the account another role (adminUpdateUser with notify).
export const roleChanged: MailTemplateDefinition<{ role: string }> = {
  view: (data, { link }) => ({
    roleEn: ROLE_NAMES[data.role]?.en ?? data.role,
    roleFr: ROLE_NAMES[data.role]?.fr ?? data.role,
    isStaff: data.role !== 'USER',
    adminUrl: link('/admin'),
  }),
  locales: {
    en: {
      subject: 'Your role on {{instanceName}} has changed',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Your role has changed</h1>
<p>An administrator of {{instanceName}} made you <strong>{{roleEn}}</strong>.</p>
{{#if isStaff}}<p>You now reach the moderation and administration tools from your account: <a href="{{adminUrl}}">{{adminUrl}}</a></p>{{/if}}
<p>If you think this is a mistake, please contact the administrators of {{instanceName}}.</p>`,
      text: `Your role has changed

An administrator of {{instanceName}} made you {{roleEn}}.
{{#if isStaff}}
You now reach the moderation and administration tools from your account: {{adminUrl}}
{{/if}}
If you think this is a mistake, please contact the administrators of {{instanceName}}.`,
    },
    fr: {
      subject: 'Votre rôle sur {{instanceName}} a changé',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Votre rôle a changé</h1>
<p>Un·e administrateur·ice de {{instanceName}} vous a donné le rôle <strong>{{roleFr}}</strong>.</p>
{{#if isStaff}}<p>Les outils de modération et d’administration sont désormais accessibles depuis votre compte : <a href="{{adminUrl}}">{{adminUrl}}</a></p>{{/if}}
<p>Si vous pensez qu’il s’agit d’une erreur, contactez les administrateur·ices de {{instanceName}}.</p>`,
      text: `Votre rôle a changé

Un·e administrateur·ice de {{instanceName}} vous a donné le rôle {{roleFr}}.
{{#if isStaff}}
Les outils de modération et d’administration sont désormais accessibles depuis votre compte : {{adminUrl}}
{{/if}}
Si vous pensez qu’il s’agit d’une erreur, contactez les administrateur·ices de {{instanceName}}.`,
    },
  },
};
