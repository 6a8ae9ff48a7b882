import type { MailTemplateDefinition } from './types.js';

// Sent on "forgot password"; the link is the Mobilizon web client's password reset page.
export const passwordReset: MailTemplateDefinition<{ token: string }> = {
  view: (data, { link }) => ({ url: link(`/password-reset/${encodeURIComponent(data.token)}`), hours: 24 }),
  locales: {
    en: {
      subject: 'Reset your password on {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Reset your password</h1>
<p>Someone asked to reset the password of your account on {{instanceName}}. To choose a new password, use the button below.</p>
{{> button url=url label="Choose a new password" fallback="If the button does not work, copy this address into your browser:"}}
<p>This link is valid for {{hours}} hours and can be used only once.</p>
<p>If you did not ask for this, you can ignore this email: your password stays unchanged.</p>`,
      text: `Reset your password

Someone asked to reset the password of your account on {{instanceName}}. To choose a new password, open this link:

{{url}}

This link is valid for {{hours}} hours and can be used only once.

If you did not ask for this, you can ignore this email: your password stays unchanged.`,
    },
    fr: {
      subject: 'Réinitialisez votre mot de passe sur {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Réinitialisation du mot de passe</h1>
<p>Quelqu’un a demandé la réinitialisation du mot de passe de votre compte sur {{instanceName}}. Pour choisir un nouveau mot de passe, utilisez le bouton ci-dessous.</p>
{{> button url=url label="Choisir un nouveau mot de passe" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois.</p>
<p>Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message : votre mot de passe reste inchangé.</p>`,
      text: `Réinitialisation du mot de passe

Quelqu’un a demandé la réinitialisation du mot de passe de votre compte sur {{instanceName}}. Pour choisir un nouveau mot de passe, ouvrez ce lien :

{{url}}

Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois.

Si vous n’êtes pas à l’origine de cette demande, vous pouvez ignorer ce message : votre mot de passe reste inchangé.`,
    },
  },
};
