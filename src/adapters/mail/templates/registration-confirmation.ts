import type { MailTemplateDefinition } from './types.js';

// Sent after sign-up; the link is the Mobilizon web client's account validation page.
export const registrationConfirmation: MailTemplateDefinition<{ token: string }> = {
  view: (data, { link }) => ({ url: link(`/validate/${encodeURIComponent(data.token)}`), hours: 48 }),
  locales: {
    en: {
      subject: 'Confirm your account on {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Welcome to {{instanceName}}!</h1>
<p>You have just created an account on {{instanceName}}. Please confirm your email address to activate it.</p>
{{> button url=url label="Confirm my account" fallback="If the button does not work, copy this address into your browser:"}}
<p>This link is valid for {{hours}} hours and can be used only once.</p>
<p>If you did not create this account, you can ignore this email.</p>`,
      text: `Welcome to {{instanceName}}!

You have just created an account on {{instanceName}}. Please confirm your email address to activate it by opening this link:

{{url}}

This link is valid for {{hours}} hours and can be used only once.

If you did not create this account, you can ignore this email.`,
    },
    fr: {
      subject: 'Confirmez votre compte sur {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Bienvenue sur {{instanceName}} !</h1>
<p>Vous venez de créer un compte sur {{instanceName}}. Merci de confirmer votre adresse électronique pour l’activer.</p>
{{> button url=url label="Confirmer mon compte" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois.</p>
<p>Si vous n’avez pas créé ce compte, vous pouvez ignorer ce message.</p>`,
      text: `Bienvenue sur {{instanceName}} !

Vous venez de créer un compte sur {{instanceName}}. Merci de confirmer votre adresse électronique pour l’activer en ouvrant ce lien :

{{url}}

Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois.

Si vous n’avez pas créé ce compte, vous pouvez ignorer ce message.`,
    },
  },
};
