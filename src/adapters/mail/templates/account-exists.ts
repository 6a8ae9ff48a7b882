import type { MailTemplateDefinition } from './types.js';

// Sent when someone signs up with an address that already has an account: the owner learns it,
// while the sign-up form answers the same way as for a new address (no account enumeration).
// Links are the Mobilizon web client's login and "forgot password" pages.
export const accountExists: MailTemplateDefinition<Record<string, never>> = {
  view: (_data, { link }) => ({ loginUrl: link('/login'), resetUrl: link('/password-reset/send') }),
  locales: {
    en: {
      subject: 'You already have an account on {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">You already have an account</h1>
<p>Someone tried to create an account on {{instanceName}} with this email address, but an account already uses it.</p>
{{> button url=loginUrl label="Log in" fallback="If the button does not work, copy this address into your browser:"}}
<p>Forgot your password? You can choose a new one here: <a href="{{resetUrl}}">{{resetUrl}}</a></p>
<p>If it was not you, you can ignore this email: your account has not changed.</p>`,
      text: `You already have an account

Someone tried to create an account on {{instanceName}} with this email address, but an account already uses it.

To log in: {{loginUrl}}

Forgot your password? You can choose a new one here: {{resetUrl}}

If it was not you, you can ignore this email: your account has not changed.`,
    },
    fr: {
      subject: 'Vous avez déjà un compte sur {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Vous avez déjà un compte</h1>
<p>Quelqu’un a essayé de créer un compte sur {{instanceName}} avec cette adresse électronique, mais un compte l’utilise déjà.</p>
{{> button url=loginUrl label="Me connecter" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Mot de passe oublié ? Vous pouvez en choisir un nouveau ici : <a href="{{resetUrl}}">{{resetUrl}}</a></p>
<p>Si ce n’était pas vous, vous pouvez ignorer ce message : votre compte n’a pas changé.</p>`,
      text: `Vous avez déjà un compte

Quelqu’un a essayé de créer un compte sur {{instanceName}} avec cette adresse électronique, mais un compte l’utilise déjà.

Pour vous connecter : {{loginUrl}}

Mot de passe oublié ? Vous pouvez en choisir un nouveau ici : {{resetUrl}}

Si ce n’était pas vous, vous pouvez ignorer ce message : votre compte n’a pas changé.`,
    },
  },
};
