import type { EmailEventData } from '../../../domain/shared/ports/mailer.js';
import { eventUrl } from './event-list.js';
import type { MailTemplateDefinition } from './types.js';

// To each participant once after an organizer's edits (quick edits are gathered into one email).
export const eventUpdated: MailTemplateDefinition<EmailEventData & { where: string; changed: string[]; status: string }> = {
  view: (data, context) => {
    const changed = new Set(data.changed ?? []);
    return {
      title: data.eventTitle ?? '',
      when: data.when ?? '',
      where: data.where ?? '',
      url: eventUrl(data.eventUuid, context),
      changedTitle: changed.has('title'),
      changedDate: changed.has('beginsOn') || changed.has('endsOn'),
      changedPlace: changed.has('physicalAddress') || changed.has('onlineAddress'),
      changedStatus: changed.has('status'),
      tentative: data.status === 'TENTATIVE',
    };
  },
  locales: {
    en: {
      subject: '"{{title}}" has changed — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">An event you take part in has changed</h1>
<p>The organizer updated <strong>{{title}}</strong>. What changed:</p>
<ul>{{#if changedTitle}}<li>the title</li>{{/if}}{{#if changedDate}}<li>the date or time</li>{{/if}}{{#if changedPlace}}<li>the place</li>{{/if}}{{#if changedStatus}}<li>the status</li>{{/if}}</ul>
<p>Now: <strong>{{when}}</strong>{{#if where}}<br>{{where}}{{/if}}{{#if tentative}}<br>The event is not confirmed yet.{{/if}}</p>
{{> button url=url label="See the event" fallback="If the button does not work, copy this address into your browser:"}}
<p>The updated event is attached as a calendar file.</p>`,
      text: `An event you take part in has changed

The organizer updated "{{title}}". What changed:
{{#if changedTitle}}- the title
{{/if}}{{#if changedDate}}- the date or time
{{/if}}{{#if changedPlace}}- the place
{{/if}}{{#if changedStatus}}- the status
{{/if}}
Now: {{when}}{{#if where}}
{{where}}{{/if}}{{#if tentative}}
The event is not confirmed yet.{{/if}}

{{url}}

The updated event is attached as a calendar file.`,
    },
    fr: {
      subject: '« {{title}} » a changé — {{instanceName}}',
      html: `<h1 style="font-size:22px;margin:0 0 16px;">Un événement auquel vous participez a changé</h1>
<p>L’organisateur a modifié <strong>{{title}}</strong>. Ce qui a changé :</p>
<ul>{{#if changedTitle}}<li>le titre</li>{{/if}}{{#if changedDate}}<li>la date ou l’heure</li>{{/if}}{{#if changedPlace}}<li>le lieu</li>{{/if}}{{#if changedStatus}}<li>le statut</li>{{/if}}</ul>
<p>Désormais : <strong>{{when}}</strong>{{#if where}}<br>{{where}}{{/if}}{{#if tentative}}<br>L’événement n’est pas encore confirmé.{{/if}}</p>
{{> button url=url label="Voir l’événement" fallback="Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :"}}
<p>L’événement à jour est joint sous forme de fichier d’agenda.</p>`,
      text: `Un événement auquel vous participez a changé

L’organisateur a modifié « {{title}} ». Ce qui a changé :
{{#if changedTitle}}- le titre
{{/if}}{{#if changedDate}}- la date ou l’heure
{{/if}}{{#if changedPlace}}- le lieu
{{/if}}{{#if changedStatus}}- le statut
{{/if}}
Désormais : {{when}}{{#if where}}
{{where}}{{/if}}{{#if tentative}}
L’événement n’est pas encore confirmé.{{/if}}

{{url}}

L’événement à jour est joint sous forme de fichier d’agenda.`,
    },
  },
};
