import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import type { MailTemplateDefinition } from './types.js';

// To an anonymous participant who just confirmed their email: in, or waiting for the organizers.
// Carries the code that cancels the participation (there is no account to log into).
export const participationConfirmed: MailTemplateDefinition<EmailEventData & { approvalRequired: boolean; cancellationToken: string }> = {
  view: (data, { link }) => {
    const event = `/events/${encodeURIComponent(data.eventUuid ?? '')}`;
    return {
      title: data.eventTitle ?? '',
      when: data.when ?? '',
      pending: data.approvalRequired === true,
      url: link(event),
      // In the fragment: browsers never send it, so the secret stays out of server logs.
      cancelUrl: link(`${event}#cancellation-token-${encodeURIComponent(data.cancellationToken ?? '')}`),
      code: data.cancellationToken ?? '',
    };
  },
  locales: {
    en: {
      subject:
        '{{#if pending}}Your request for "{{title}}" is registered{{else}}Your participation in "{{title}}" is confirmed{{/if}} — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">{{#if pending}}Request registered{{else}}Participation confirmed{{/if}}</h1>
<p>Thank you for confirming your email address for <strong>{{title}}</strong> ({{when}}).
{{#if pending}}The organizers approve each participant: you will get an email once they have decided.{{else}}You are on the list of participants; the event is attached as a calendar file.{{/if}}</p>
{{> button url=url label="See the event" fallback="If the button does not work, copy this address into your browser:"}}
<p>Cannot come after all? Cancel your participation here: <a href="{{cancelUrl}}">{{cancelUrl}}</a> (cancellation code: {{code}}).</p>`,
      text: `{{#if pending}}Request registered{{else}}Participation confirmed{{/if}}

Thank you for confirming your email address for "{{title}}" ({{when}}).
{{#if pending}}The organizers approve each participant: you will get an email once they have decided.{{else}}You are on the list of participants; the event is attached as a calendar file.{{/if}}

{{url}}

Cannot come after all? Cancel your participation here:
{{cancelUrl}}
(cancellation code: {{code}})`,
    },
    fr: {
      subject:
        '{{#if pending}}Votre demande pour « {{title}} » est enregistrée{{else}}Votre participation à « {{title}} » est confirmée{{/if}} — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">{{#if pending}}Demande enregistrée{{else}}Participation confirmée{{/if}}</h1>
<p>Merci d’avoir confirmé votre adresse électronique pour <strong>{{title}}</strong> ({{when}}).
{{#if pending}}Les organisateurs acceptent chaque participant : vous recevrez un message dès qu’ils auront décidé.{{else}}Vous êtes sur la liste des participants ; l’événement est joint sous forme de fichier d’agenda.{{/if}}</p>
{{> button url=url label="Voir l’événement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>Vous ne pouvez finalement pas venir ? Annulez votre participation ici : <a href="{{cancelUrl}}">{{cancelUrl}}</a> (code d’annulation : {{code}}).</p>`,
      text: `{{#if pending}}Demande enregistrée{{else}}Participation confirmée{{/if}}

Merci d’avoir confirmé votre adresse électronique pour « {{title}} » ({{when}}).
{{#if pending}}Les organisateurs acceptent chaque participant : vous recevrez un message dès qu’ils auront décidé.{{else}}Vous êtes sur la liste des participants ; l’événement est joint sous forme de fichier d’agenda.{{/if}}

{{url}}

Vous ne pouvez finalement pas venir ? Annulez votre participation ici :
{{cancelUrl}}
(code d’annulation : {{code}})`,
    },
  },
};
