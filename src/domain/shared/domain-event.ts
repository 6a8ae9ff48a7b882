// A fact recorded by an aggregate. Stored in the outbox in the same transaction as the change,
// then relayed to the job queue; `name` is the job name (`<aggregate>.<past-participle>`).
export interface DomainEvent<N extends string = string, P extends object = object> {
  readonly name: N;
  readonly payload: P;
  readonly occurredAt: Date;
}

/** What an aggregate's `<aggregate>.domain-events.ts` union is made of. */
export interface Named {
  name: string;
  payload: object;
}

/** The payload of the member of union U named N. */
export type PayloadOf<U extends Named, N extends U['name']> = Extract<U, { name: N }>['payload'];

/** One DomainEvent per member of U (distributes over the union, so `name` narrows `payload`). */
export type RecordedEvent<U extends Named> = U extends Named ? DomainEvent<U['name'], U['payload']> : never;

export function domainEvent<N extends string, P extends object>(name: N, payload: P, occurredAt: Date): DomainEvent<N, P> {
  return { name, payload, occurredAt };
}

/** The events an aggregate recorded since it was loaded: only names and payloads of its union U. */
export class RecordedEvents<U extends Named> {
  private events: RecordedEvent<U>[] = [];

  record<N extends U['name']>(name: N, payload: PayloadOf<U, N>, now: Date): void {
    // The generic signature already ties payload to name; TS cannot narrow the union from N.
    this.events.push(domainEvent(name, payload, now) as unknown as RecordedEvent<U>);
  }

  /** Hands the recorded events over (to the outbox) and forgets them. */
  pull(): RecordedEvent<U>[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}
