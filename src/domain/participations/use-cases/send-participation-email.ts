import type { UserRepository } from '../../accounts/index.js';
import { zoneForReader, type Event, type EventRepository } from '../../events/index.js';
import type { PersonRepository } from '../../identities/index.js';
import { zoneOrUtc, type Clock, type EmailAttachment, type EmailEventData, type Mailer, type TokenGenerator } from '../../shared/index.js';
import type { ParticipationEmailEvent } from '../participation.domain-events.js';
import { CONFIRMATION_TOKEN_HOURS, hoursFrom } from '../participation-policy.js';
import type { Participation } from '../participation.js';
import type { EventCalendarFile } from '../ports/event-calendar-file.js';
import type { ParticipationRepository } from '../ports/participation.repository.js';

interface Recipient {
  to: string;
  locale: string;
  timezone: string | null;
  name: string;
}

const ANONYMOUS_NAME: Record<string, string> = { en: 'A participant without an account', fr: 'Un participant sans compte' };

/** Formats the event's start for a reader: in the event's zone, else the reader's, else UTC. */
export function formatWhen(beginsOn: Date, locale: string, timezone: string | null): string {
  const zone = zoneOrUtc(timezone);
  const lang = locale.startsWith('fr') ? 'fr-FR' : 'en-GB';
  return `${new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).format(beginsOn)} (${zone})`;
}

/**
 * Job handler of the participation emails. It reloads the participation and does nothing when its
 * state no longer calls for the email (changed or deleted since), and issues secrets itself, so no
 * secret travels through the outbox or the queue.
 */
export class SendParticipationEmail {
  constructor(
    private readonly participations: ParticipationRepository,
    private readonly events: EventRepository,
    private readonly persons: PersonRepository,
    private readonly users: UserRepository,
    private readonly tokens: TokenGenerator,
    private readonly calendar: EventCalendarFile,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly defaultLocale: string = 'en',
  ) {}

  async execute(job: ParticipationEmailEvent): Promise<void> {
    const participation = await this.participations.findById(job.payload.participationId);
    if (!participation) return;
    const event = await this.events.findById(participation.eventId);
    if (!event) return;
    switch (job.name) {
      case 'participation.confirmation-requested':
        return this.askConfirmation(participation, event);
      case 'participation.confirmed':
        return this.confirmed(participation, event);
      case 'participation.approved': {
        if (participation.role !== 'PARTICIPANT') return;
        const r = await this.recipient(participation);
        if (!r) return;
        return this.mailer.send({
          template: 'participation-approved',
          to: r.to,
          locale: r.locale,
          data: { ...this.eventData(event, r), participantName: r.name },
          attachments: [await this.ics(event)],
        });
      }
      case 'participation.rejected': {
        if (participation.role !== 'REJECTED') return;
        const r = await this.recipient(participation);
        if (!r) return;
        return this.mailer.send({
          template: 'participation-rejected',
          to: r.to,
          locale: r.locale,
          data: { ...this.eventData(event, r), participantName: r.name },
        });
      }
      case 'participation.requested':
        return this.tellOrganizer(participation, event);
      default: {
        const unhandled: never = job;
        throw new Error(`unhandled participation email ${JSON.stringify(unhandled)}`);
      }
    }
  }

  private async askConfirmation(participation: Participation, event: Event): Promise<void> {
    if (participation.role !== 'NOT_CONFIRMED' || !participation.email) return;
    const secret = this.tokens.secret();
    participation.issueConfirmation(this.tokens.digest(secret), hoursFrom(this.clock.now(), CONFIRMATION_TOKEN_HOURS));
    // Changed meanwhile (confirmed through an earlier email, say): that email is not needed.
    if ((await this.participations.save(participation)) !== 'saved') return;
    const r = this.anonymousRecipient(participation);
    await this.mailer.send({
      template: 'anonymous-participation-confirmation',
      to: r.to,
      locale: r.locale,
      data: { ...this.eventData(event, r), token: secret, hours: CONFIRMATION_TOKEN_HOURS },
    });
  }

  private async confirmed(participation: Participation, event: Event): Promise<void> {
    if (!participation.email || (participation.role !== 'PARTICIPANT' && participation.role !== 'NOT_APPROVED')) return;
    const secret = this.tokens.secret();
    participation.addCancellation(this.tokens.digest(secret));
    if ((await this.participations.save(participation)) !== 'saved') return;
    const r = this.anonymousRecipient(participation);
    const approvalRequired = participation.role === 'NOT_APPROVED';
    await this.mailer.send({
      template: 'participation-confirmed',
      to: r.to,
      locale: r.locale,
      data: { ...this.eventData(event, r), approvalRequired, cancellationToken: secret },
      ...(approvalRequired ? {} : { attachments: [await this.ics(event)] }),
    });
  }

  /** Only when the organizer's account asked for pending requests at once; digests are another job's. */
  private async tellOrganizer(participation: Participation, event: Event): Promise<void> {
    if (participation.role !== 'NOT_APPROVED') return;
    const organizer = await this.persons.findById(event.organizerActorId);
    const user = organizer?.userId ? await this.users.findById(organizer.userId) : null;
    if (!organizer || !user || user.settings().notificationPendingParticipation !== 'DIRECT') return;
    const r: Recipient = {
      to: user.email,
      locale: user.locale,
      timezone: user.settings().timezone,
      name: organizer.snapshot().name || organizer.preferredUsername,
    };
    const who = participation.isAnonymous
      ? ANONYMOUS_NAME[r.locale.startsWith('fr') ? 'fr' : 'en']
      : await this.displayName(participation.actorId);
    const pendingCount = await this.participations.countByRole(event.id, 'NOT_APPROVED');
    await this.mailer.send({
      template: 'participation-pending',
      to: r.to,
      locale: r.locale,
      data: { ...this.eventData(event, r), participantName: who, pendingCount },
    });
  }

  private async recipient(participation: Participation): Promise<Recipient | null> {
    if (participation.isAnonymous) return this.anonymousRecipient(participation);
    const person = await this.persons.findById(participation.actorId);
    // Remote identities are told through federation, not email.
    const user = person?.userId ? await this.users.findById(person.userId) : null;
    if (!person || !user) return null;
    return {
      to: user.email,
      locale: user.locale,
      timezone: user.settings().timezone,
      name: person.snapshot().name || person.preferredUsername,
    };
  }

  private anonymousRecipient(participation: Participation): Recipient {
    return { to: participation.email!, locale: participation.snapshot().anonymous?.locale ?? this.defaultLocale, timezone: null, name: '' };
  }

  private async displayName(actorId: string): Promise<string> {
    const person = await this.persons.findById(actorId);
    return person ? person.snapshot().name || `@${person.preferredUsername}` : '?';
  }

  private eventData(event: Event, r: Recipient): EmailEventData {
    return {
      eventTitle: event.snapshot().title,
      eventUuid: event.uuid,
      when: formatWhen(event.beginsOn, r.locale, zoneForReader(event.timeZone, r.timezone)),
    };
  }

  private async ics(event: Event): Promise<EmailAttachment> {
    return this.calendar.attachmentFor(event, await this.persons.findById(event.organizerActorId));
  }
}
