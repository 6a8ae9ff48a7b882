import type { MailTemplateDefinition } from './types.js';

// Sent to the NEW address; the link is the Mobilizon web client's email validation page.
export const emailChangeConfirm: MailTemplateDefinition<{ token: string }> = {
  view: (data, { link }) => ({ url: link(`/validate/email/${encodeURIComponent(data.token)}`), hours: 24 }),
  locales: {
    en: {
      subject: 'Confirm your new email address on {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Confirm your new email address</h1>
<p>You asked to use this address for your account on {{instanceName}}. Please confirm it with the button below.</p>
{{> button url=url label="Confirm this address" fallback="If the button does not work, copy this address into your browser:"}}
<p>This link is valid for {{hours}} hours and can be used only once.</p>
<p>If you did not ask for this, you can ignore this email: nothing will change.</p>`,
      text: `Confirm your new email address

You asked to use this address for your account on {{instanceName}}. Please confirm it by opening this link:

{{url}}

This link is valid for {{hours}} hours and can be used only once.

If you did not ask for this, you can ignore this email: nothing will change.`,
    },
    fr: {
      subject: 'Confirmez votre nouvelle adresse électronique sur {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Confirmez votre nouvelle adresse électronique</h1>
<p>Vous avez demandé à utiliser cette adresse pour votre compte sur {{instanceName}}. Merci de la confirmer avec le bouton ci-dessous.</p>
{{> button url=url label="Confirmer cette adresse" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois.</p>
<p>Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message : rien ne changera.</p>`,
      text: `Confirmez votre nouvelle adresse électronique

Vous avez demandé à utiliser cette adresse pour votre compte sur {{instanceName}}. Merci de la confirmer en ouvrant ce lien :

{{url}}

Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois.

Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message : rien ne changera.`,
    },
  },
};
