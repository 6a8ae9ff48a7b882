import type { MailTemplateDefinition } from './types.js';

// Sent when an administrator confirms an account in place of the confirmation link.
export const accountConfirmedByAdmin: MailTemplateDefinition<Record<string, never>> = {
  view: (_data, { link }) => ({ loginUrl: link('/login') }),
  locales: {
    en: {
      subject: 'Your account on {{instanceName}} was confirmed',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Your account was confirmed</h1>
<p>Your account on {{instanceName}} was confirmed by an administrator. You can log in now.</p>
{{> button url=loginUrl label="Log in" fallback="If the button does not work, copy this address into your browser:"}}`,
      text: `Your account was confirmed

Your account on {{instanceName}} was confirmed by an administrator. You can log in now:
{{loginUrl}}`,
    },
    fr: {
      subject: 'Votre compte sur {{instanceName}} a été confirmé',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Votre compte a été confirmé</h1>
<p>Votre compte sur {{instanceName}} a été confirmé par un·e administrateur·ice. Vous pouvez vous connecter dès maintenant.</p>
{{> button url=loginUrl label="Se connecter" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}`,
      text: `Votre compte a été confirmé

Votre compte sur {{instanceName}} a été confirmé par un·e administrateur·ice. Vous pouvez vous connecter dès maintenant :
{{loginUrl}}`,
    },
  },
};
