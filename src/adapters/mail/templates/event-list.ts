import type { EmailEventListItem } from '../../../domain/shared/ports/mailer.js';
import { escapeHtml } from '../../shared/text.js';
import type { MailContext } from './types.js';

// Lists of events for digests. Handlebars views are flat, so lists are rendered here: the HTML
// one escaped by hand (it goes through a triple-stash), the text one plain.

export function eventUrl(uuid: string | undefined, { link }: MailContext): string {
  return link(`/events/${encodeURIComponent(uuid ?? '')}`);
}

/** `extra(item)` appends a short note to each line (e.g. a count). */
export function eventListHtml<T extends EmailEventListItem>(
  items: T[] | undefined,
  context: MailContext,
  extra: (item: T) => string = () => '',
): string {
  const rows = (items ?? []).map((item) => {
    const where = item.where ? `<br><span style="color:#6b6b80;">${escapeHtml(item.where)}</span>` : '';
    const note = extra(item) ? ` <span style="color:#6b6b80;">${escapeHtml(extra(item))}</span>` : '';
    return `<li style="margin:0 0 12px;"><a href="${escapeHtml(eventUrl(item.eventUuid, context))}" style="color:#3c376e;font-weight:bold;">${escapeHtml(item.eventTitle ?? '')}</a>${note}<br>${escapeHtml(item.when ?? '')}${where}</li>`;
  });
  return `<ul style="padding-left:20px;">${rows.join('')}</ul>`;
}

export function eventListText<T extends EmailEventListItem>(
  items: T[] | undefined,
  context: MailContext,
  extra: (item: T) => string = () => '',
): string {
  return (items ?? [])
    .map((item) => {
      const lines = [`- ${item.eventTitle ?? ''}${extra(item) ? ` ${extra(item)}` : ''}`, `  ${item.when ?? ''}`];
      if (item.where) lines.push(`  ${item.where}`);
      lines.push(`  ${eventUrl(item.eventUuid, context)}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
