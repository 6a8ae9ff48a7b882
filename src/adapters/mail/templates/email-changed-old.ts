import type { MailTemplateDefinition } from './types.js';

// Sent to the OLD address once the change is done: a warning, no link to follow.
export const emailChangedOld: MailTemplateDefinition<{ newEmail: string }> = {
  view: (data) => ({ newEmail: data.newEmail }),
  locales: {
    en: {
      subject: 'The email address of your account on {{instanceName}} has changed',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Your email address has changed</h1>
<p>The email address of your account on {{instanceName}} is now <strong>{{newEmail}}</strong>. Emails from {{instanceName}} will no longer be sent to this address.</p>
<p>If you did not make this change, please contact the administrators of {{instanceName}} right away.</p>`,
      text: `Your email address has changed

The email address of your account on {{instanceName}} is now {{newEmail}}. Emails from {{instanceName}} will no longer be sent to this address.

If you did not make this change, please contact the administrators of {{instanceName}} right away.`,
    },
    fr: {
      subject: 'L’adresse électronique de votre compte sur {{instanceName}} a changé',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Votre adresse électronique a changé</h1>
<p>L’adresse électronique de votre compte sur {{instanceName}} est désormais <strong>{{newEmail}}</strong>. Les messages de {{instanceName}} ne seront plus envoyés à cette adresse.</p>
<p>Si vous n’êtes pas à l’origine de ce changement, contactez sans attendre les administrateurs de {{instanceName}}.</p>`,
      text: `Votre adresse électronique a changé

L’adresse électronique de votre compte sur {{instanceName}} est désormais {{newEmail}}. Les messages de {{instanceName}} ne seront plus envoyés à cette adresse.

Si vous n’êtes pas à l’origine de ce changement, contactez sans attendre les administrateurs de {{instanceName}}.`,
    },
  },
};
