import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import type { MailTemplateDefinition } from './types.js';

// To someone who joined without an account: the link is the Mobilizon web client's confirmation page.
export const anonymousParticipationConfirmation: MailTemplateDefinition<EmailEventData & { token: string; hours: number }> = {
  view: (data, { link }) => ({
    title: data.eventTitle ?? '',
    when: data.when ?? '',
    hours: data.hours ?? 48,
    url: link(`/participation/email/confirm/${encodeURIComponent(data.token ?? '')}`),
  }),
  locales: {
    en: {
      subject: 'Confirm your participation in "{{title}}" — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Confirm your participation</h1>
<p>Someone (hopefully you) asked to take part in <strong>{{title}}</strong> ({{when}}) with this email address. Your participation counts once you confirm it:</p>
{{> button url=url label="Confirm my participation" fallback="If the button does not work, copy this address into your browser:"}}
<p>This link is valid for {{hours}} hours and can be used only once. If you did not ask for this, ignore this email: nothing will happen.</p>`,
      text: `Confirm your participation

Someone (hopefully you) asked to take part in "{{title}}" ({{when}}) with this email address. Your participation counts once you confirm it:

{{url}}

This link is valid for {{hours}} hours and can be used only once. If you did not ask for this, ignore this email: nothing will happen.`,
    },
    fr: {
      subject: 'Confirmez votre participation à « {{title}} » — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Confirmez votre participation</h1>
<p>Quelqu’un (vous, espérons-le) a demandé à participer à <strong>{{title}}</strong> ({{when}}) avec cette adresse électronique. Votre participation compte dès que vous la confirmez :</p>
{{> button url=url label="Confirmer ma participation" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne se passera.</p>`,
      text: `Confirmez votre participation

Quelqu’un (vous, espérons-le) a demandé à participer à « {{title}} » ({{when}}) avec cette adresse électronique. Votre participation compte dès que vous la confirmez :

{{url}}

Ce lien est valable {{hours}} heures et ne peut servir qu’une seule fois. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien ne se passera.`,
    },
  },
};
