import type { DataSource } from 'typeorm';
import { UserRecord } from '../accounts/user.record.js';
import { EventRecord } from '../events/event.record.js';
import { ActorRecord } from '../identities/actor.record.js';
import { isId } from '../ids.js';
import { ParticipationRecord } from '../participations/participation.record.js';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../domain/accounts/index.js';
import { eventTimeZone, type EventStatus } from '../../../domain/events/index.js';
import { GOING_ROLES } from '../../../domain/participations/index.js';
import {
  EventAudience,
  type Attendance,
  type EventSummary,
  type PendingRequest,
  type Recipient,
} from '../../../domain/notifications/index.js';

interface EventColumns {
  event_id: string;
  event_uuid: string;
  event_title: string;
  begins_on: Date;
  ends_on: Date | null;
  event_status: EventStatus;
  options_timezone: string | null;
  address_timezone: string | null;
  has_address: boolean;
  place_description: string | null;
  place_locality: string | null;
  online_address: string | null;
}

interface RecipientColumns {
  user_id: string | null;
  email: string;
  locale: string | null;
  timezone?: string | null;
  settings: Partial<UserSettings> | null;
}

// The event's side of a notification (a summary, not the aggregate), selected with the recipient.
const EVENT_COLUMNS = [
  'e.id AS event_id',
  'e.uuid AS event_uuid',
  'e.title AS event_title',
  'e.beginsOn AS begins_on',
  'e.endsOn AS ends_on',
  'e.status AS event_status',
  // JSON fields of the options and the address; the domain's eventTimeZone picks the zone shown.
  // (Parentheses: TypeORM turns `e.physicalAddress` into its column only before a space, `=`, `)` or `,`.)
  `e.options->>'timezone' AS options_timezone`,
  `(e.physicalAddress)->>'timezone' AS address_timezone`,
  `(e.physicalAddress IS NOT NULL AND jsonb_typeof(e.physicalAddress) = 'object') AS has_address`,
  `(e.physicalAddress)->>'description' AS place_description`,
  `(e.physicalAddress)->>'locality' AS place_locality`,
  'e.onlineAddress AS online_address',
];
const USER_COLUMNS = ['u.id AS user_id', 'u.email AS email', 'u.locale AS locale', 'u.settings AS settings'];

// Accounts that can be emailed: confirmed and not disabled.
const USABLE_USER = `u.confirmedAt IS NOT NULL AND NOT u.disabled`;
// Anonymous participations carry their own email and locale in their JSON metadata.
const ANONYMOUS = `p.metadata ? 'email'`;

/** The audience of notifications, each question answered by one query joining participations, actors, users and events. */
export class TypeOrmEventAudience extends EventAudience {
  constructor(
    private readonly dataSource: DataSource,
    private readonly defaultLocale = 'en',
  ) {
    super();
  }

  async participantsOf(eventId: string): Promise<Recipient[]> {
    if (!isId(eventId)) return [];
    // Anonymous participations carry their own email and locale; the others go through their account.
    const rows = await this.dataSource
      .createQueryBuilder(ParticipationRecord, 'p')
      .leftJoin(ActorRecord, 'a', `a.id = p.actorId AND NOT (${ANONYMOUS})`)
      .leftJoin(UserRecord, 'u', `u.id = a.userId AND ${USABLE_USER}`)
      .select([
        'u.id AS user_id',
        `CASE WHEN ${ANONYMOUS} THEN p.metadata->>'email' ELSE u.email END AS email`,
        `CASE WHEN ${ANONYMOUS} THEN p.metadata->>'locale' ELSE u.locale END AS locale`,
        'u.settings AS settings',
      ])
      .where(`p.eventId = :eventId AND p.role = 'PARTICIPANT' AND (${ANONYMOUS} OR u.id IS NOT NULL)`, { eventId })
      .orderBy('p.id')
      .getRawMany<RecipientColumns>();
    return rows.map((r) => this.recipient(r));
  }

  async attendancesBetween(from: Date, to: Date): Promise<Attendance[]> {
    const rows = await this.dataSource
      .createQueryBuilder(EventRecord, 'e')
      .innerJoin(ParticipationRecord, 'p', `p.eventId = e.id AND p.role = ANY(:going::text[]) AND NOT (${ANONYMOUS})`, {
        going: [...GOING_ROLES],
      })
      .innerJoin(ActorRecord, 'a', 'a.id = p.actorId')
      .innerJoin(UserRecord, 'u', `u.id = a.userId AND ${USABLE_USER}`)
      .select([...USER_COLUMNS, ...EVENT_COLUMNS])
      // One reminder per account and event, whichever of its identities takes part.
      .distinctOn(['u.id', 'e.id'])
      .where('NOT e.draft AND e.beginsOn >= :from AND e.beginsOn < :to', { from, to })
      .orderBy('u.id')
      .addOrderBy('e.id')
      .getRawMany<RecipientColumns & EventColumns>();
    return rows.map((r) => ({ recipient: this.recipient(r), event: this.event(r) }));
  }

  async pendingRequestsSince(since: Date): Promise<PendingRequest[]> {
    const rows = await this.dataSource
      .createQueryBuilder(ParticipationRecord, 'p')
      .innerJoin(EventRecord, 'e', 'e.id = p.eventId AND NOT e.draft')
      .innerJoin(ActorRecord, 'o', 'o.id = e.organizerActorId')
      .innerJoin(UserRecord, 'u', `u.id = o.userId AND ${USABLE_USER}`)
      .select(['p.id AS participation_id', 'p.createdAt AS created_at', ...USER_COLUMNS, ...EVENT_COLUMNS])
      .where(`p.role = 'NOT_APPROVED' AND p.createdAt > :since`, { since })
      .orderBy('p.createdAt')
      .addOrderBy('p.id')
      .getRawMany<RecipientColumns & EventColumns & { participation_id: string; created_at: Date }>();
    return rows.map((r) => ({
      participationId: r.participation_id,
      createdAt: new Date(r.created_at),
      organizer: this.recipient(r),
      event: this.event(r),
    }));
  }

  private recipient(r: RecipientColumns): Recipient {
    if (!r.user_id) return { userId: null, email: r.email, locale: r.locale || this.defaultLocale, timezone: null, settings: null };
    const s = { ...DEFAULT_SETTINGS, ...(r.settings ?? {}) };
    return {
      userId: r.user_id,
      email: r.email,
      locale: r.locale || this.defaultLocale,
      timezone: s.timezone,
      settings: {
        notificationOnDay: s.notificationOnDay,
        notificationEachWeek: s.notificationEachWeek,
        notificationBeforeEvent: s.notificationBeforeEvent,
        notificationPendingParticipation: s.notificationPendingParticipation,
      },
    };
  }

  private event(r: EventColumns): EventSummary {
    return {
      id: r.event_id,
      uuid: r.event_uuid,
      title: r.event_title,
      beginsOn: new Date(r.begins_on),
      endsOn: r.ends_on ? new Date(r.ends_on) : null,
      status: r.event_status,
      timezone: eventTimeZone({ options: { timezone: r.options_timezone }, physicalAddress: { timezone: r.address_timezone } }),
      physicalAddress: r.has_address ? { description: r.place_description, locality: r.place_locality } : null,
      onlineAddress: r.online_address,
    };
  }
}
