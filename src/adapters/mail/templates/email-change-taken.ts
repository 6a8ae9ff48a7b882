import type { MailTemplateDefinition } from './types.js';

// Sent instead of a confirmation link when another account asks to move to an address that
// already has an account here: no link, no token, and nothing about the other account. Its
// requester is answered as for a free address (no account enumeration).
export const emailChangeTaken: MailTemplateDefinition<Record<string, never>> = {
  view: (_data, { link }) => ({ loginUrl: link('/login') }),
  locales: {
    en: {
      subject: 'Someone asked to use your email address on {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Your email address was not given to another account</h1>
<p>Another account on {{instanceName}} asked to use this email address. It already belongs to your account, so nothing was changed.</p>
<p>If you have a second account and wanted to move it to this address, choose another address for it, or delete the account you no longer need.</p>
<p>Otherwise you can ignore this email: your account has not changed. You can log in as usual: <a href="{{loginUrl}}">{{loginUrl}}</a></p>`,
      text: `Your email address was not given to another account

Another account on {{instanceName}} asked to use this email address. It already belongs to your account, so nothing was changed.

If you have a second account and wanted to move it to this address, choose another address for it, or delete the account you no longer need.

Otherwise you can ignore this email: your account has not changed. You can log in as usual: {{loginUrl}}`,
    },
    fr: {
      subject: 'Quelqu’un a demandé à utiliser votre adresse électronique sur {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Votre adresse électronique n’a pas été donnée à un autre compte</h1>
<p>Un autre compte sur {{instanceName}} a demandé à utiliser cette adresse électronique. Elle appartient déjà à votre compte : rien n’a été changé.</p>
<p>Si vous avez un second compte et vouliez lui donner cette adresse, choisissez-lui une autre adresse, ou supprimez le compte dont vous n’avez plus besoin.</p>
<p>Sinon, vous pouvez ignorer ce message : votre compte n’a pas changé. Vous pouvez vous connecter comme d’habitude : <a href="{{loginUrl}}">{{loginUrl}}</a></p>`,
      text: `Votre adresse électronique n’a pas été donnée à un autre compte

Un autre compte sur {{instanceName}} a demandé à utiliser cette adresse électronique. Elle appartient déjà à votre compte : rien n’a été changé.

Si vous avez un second compte et vouliez lui donner cette adresse, choisissez-lui une autre adresse, ou supprimez le compte dont vous n’avez plus besoin.

Sinon, vous pouvez ignorer ce message : votre compte n’a pas changé. Vous pouvez vous connecter comme d’habitude : {{loginUrl}}`,
    },
  },
};
