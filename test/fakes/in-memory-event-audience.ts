import {
  EventAudience,
  type Attendance,
  type EventSummary,
  type PendingRequest,
  type Recipient,
} from '../../src/domain/notifications/index.js';

/** The audience as plain lists a test fills: participants by event, attendances, pending requests. */
export class InMemoryEventAudience extends EventAudience {
  readonly participants = new Map<string, Recipient[]>();
  readonly attendances: Attendance[] = [];
  readonly requests: PendingRequest[] = [];

  async participantsOf(eventId: string): Promise<Recipient[]> {
    return [...(this.participants.get(eventId) ?? [])];
  }
  async attendancesBetween(from: Date, to: Date): Promise<Attendance[]> {
    return this.attendances.filter((a) => a.event.beginsOn.getTime() >= from.getTime() && a.event.beginsOn.getTime() < to.getTime());
  }
  async pendingRequestsSince(since: Date): Promise<PendingRequest[]> {
    return this.requests.filter((r) => r.createdAt.getTime() > since.getTime());
  }
}

export function makeEventSummary(overrides: Partial<EventSummary> = {}): EventSummary {
  return {
    id: '1',
    uuid: '00000000-0000-4000-8000-000000000001',
    title: 'Picnic',
    beginsOn: new Date('2026-01-15T18:00:00Z'),
    endsOn: null,
    status: 'CONFIRMED',
    timezone: null,
    physicalAddress: { description: 'Parc Monceau', locality: 'Paris' },
    onlineAddress: null,
    ...overrides,
  };
}

export function makeRecipient(
  overrides: Partial<Omit<Recipient, 'settings'>> & { settings?: Partial<NonNullable<Recipient['settings']>> | null } = {},
): Recipient {
  const { settings, ...rest } = overrides;
  return {
    userId: '1',
    email: 'ada@example.test',
    locale: 'en',
    timezone: null,
    ...rest,
    settings:
      settings === null
        ? null
        : {
            notificationOnDay: true,
            notificationEachWeek: false,
            notificationBeforeEvent: false,
            notificationPendingParticipation: 'ONE_DAY',
            ...settings,
          },
  };
}
