import type { MailTemplateDefinition } from './types.js';

// Sent to both addresses when an administrator changes an account's email: the old one learns
// where its mail goes now, the new one that it is the account's address from now on.
export const emailChangedByAdmin: MailTemplateDefinition<{ oldEmail: string; newEmail: string; toNewAddress: boolean }> = {
  view: (data, { link }) => ({
    oldEmail: data.oldEmail,
    newEmail: data.newEmail,
    toNewAddress: data.toNewAddress,
    loginUrl: link('/login'),
  }),
  locales: {
    en: {
      subject: 'An administrator changed the email address of your account on {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Your email address was changed</h1>
<p>An administrator of {{instanceName}} changed the email address of your account from <strong>{{oldEmail}}</strong> to <strong>{{newEmail}}</strong>.</p>
{{#if toNewAddress}}<p>From now on, log in with this address: <a href="{{loginUrl}}">{{loginUrl}}</a></p>{{else}}<p>Emails from {{instanceName}} will no longer be sent to this address.</p>{{/if}}
<p>If you did not ask for this change, please contact the administrators of {{instanceName}}.</p>`,
      text: `Your email address was changed

An administrator of {{instanceName}} changed the email address of your account from {{oldEmail}} to {{newEmail}}.
{{#if toNewAddress}}
From now on, log in with this address: {{loginUrl}}
{{else}}
Emails from {{instanceName}} will no longer be sent to this address.
{{/if}}
If you did not ask for this change, please contact the administrators of {{instanceName}}.`,
    },
    fr: {
      subject: 'Un·e administrateur·ice a changé l’adresse électronique de votre compte sur {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Votre adresse électronique a été changée</h1>
<p>Un·e administrateur·ice de {{instanceName}} a remplacé l’adresse électronique de votre compte <strong>{{oldEmail}}</strong> par <strong>{{newEmail}}</strong>.</p>
{{#if toNewAddress}}<p>Désormais, connectez-vous avec cette adresse : <a href="{{loginUrl}}">{{loginUrl}}</a></p>{{else}}<p>Les messages de {{instanceName}} ne seront plus envoyés à cette adresse.</p>{{/if}}
<p>Si vous n’avez pas demandé ce changement, contactez les administrateur·ices de {{instanceName}}.</p>`,
      text: `Votre adresse électronique a été changée

Un·e administrateur·ice de {{instanceName}} a remplacé l’adresse électronique de votre compte {{oldEmail}} par {{newEmail}}.
{{#if toNewAddress}}
Désormais, connectez-vous avec cette adresse : {{loginUrl}}
{{else}}
Les messages de {{instanceName}} ne seront plus envoyés à cette adresse.
{{/if}}
Si vous n’avez pas demandé ce changement, contactez les administrateur·ices de {{instanceName}}.`,
    },
  },
};
