import type { DataSource } from 'typeorm';
import { DEFAULT_SETTINGS, type UserSettings } from '../../../domain/accounts/index.js';
import type { EventStatus } from '../../../domain/events/index.js';
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
  event_timezone: string | null;
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

const EVENT_COLUMNS = `e.id::text AS event_id, e.uuid::text AS event_uuid, e.title AS event_title, e.begins_on, e.ends_on,
  e.status AS event_status, coalesce(e.options->>'timezone', e.physical_address->>'timezone') AS event_timezone,
  (e.physical_address IS NOT NULL AND jsonb_typeof(e.physical_address) = 'object') AS has_address,
  e.physical_address->>'description' AS place_description, e.physical_address->>'locality' AS place_locality, e.online_address`;

// Accounts that can be emailed: confirmed and not disabled.
const USABLE_USER = `u.confirmed_at IS NOT NULL AND NOT u.disabled`;
const GOING_ROLES = `('CREATOR', 'ADMINISTRATOR', 'MODERATOR', 'PARTICIPANT')`;

/** The audience of notifications, each question answered by one query joining participations, actors, users and events. */
export class TypeOrmEventAudience extends EventAudience {
  constructor(
    private readonly dataSource: DataSource,
    private readonly defaultLocale = 'en',
  ) {
    super();
  }

  async participantsOf(eventId: string): Promise<Recipient[]> {
    if (!/^\d{1,18}$/.test(eventId)) return [];
    // Anonymous participations carry their own email and locale; the others go through their account.
    const rows: RecipientColumns[] = await this.dataSource.query(
      `SELECT u.id::text AS user_id,
              CASE WHEN p.metadata ? 'email' THEN p.metadata->>'email' ELSE u.email END AS email,
              CASE WHEN p.metadata ? 'email' THEN p.metadata->>'locale' ELSE u.locale END AS locale,
              u.settings
         FROM participations p
         LEFT JOIN actors a ON a.id = p.actor_id AND NOT (p.metadata ? 'email')
         LEFT JOIN users u ON u.id = a.user_id AND ${USABLE_USER}
        WHERE p.event_id = $1 AND p.role = 'PARTICIPANT' AND (p.metadata ? 'email' OR u.id IS NOT NULL)
        ORDER BY p.id`,
      [eventId],
    );
    return rows.map((r) => this.recipient(r));
  }

  async attendancesBetween(from: Date, to: Date): Promise<Attendance[]> {
    const rows: (RecipientColumns & EventColumns)[] = await this.dataSource.query(
      `SELECT DISTINCT ON (u.id, e.id) u.id::text AS user_id, u.email, u.locale, u.settings, ${EVENT_COLUMNS}
         FROM events e
         JOIN participations p ON p.event_id = e.id AND p.role IN ${GOING_ROLES} AND NOT (p.metadata ? 'email')
         JOIN actors a ON a.id = p.actor_id
         JOIN users u ON u.id = a.user_id AND ${USABLE_USER}
        WHERE NOT e.draft AND e.begins_on >= $1 AND e.begins_on < $2
        ORDER BY u.id, e.id`,
      [from, to],
    );
    return rows.map((r) => ({ recipient: this.recipient(r), event: this.event(r) }));
  }

  async pendingRequestsSince(since: Date): Promise<PendingRequest[]> {
    const rows: (RecipientColumns & EventColumns & { participation_id: string; created_at: Date })[] = await this.dataSource.query(
      `SELECT p.id::text AS participation_id, p.created_at, u.id::text AS user_id, u.email, u.locale, u.settings, ${EVENT_COLUMNS}
         FROM participations p
         JOIN events e ON e.id = p.event_id AND NOT e.draft
         JOIN actors o ON o.id = e.organizer_actor_id
         JOIN users u ON u.id = o.user_id AND ${USABLE_USER}
        WHERE p.role = 'NOT_APPROVED' AND p.created_at > $1
        ORDER BY p.created_at, p.id`,
      [since],
    );
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
      timezone: r.event_timezone,
      physicalAddress: r.has_address ? { description: r.place_description, locality: r.place_locality } : null,
      onlineAddress: r.online_address,
    };
  }
}
