// A fact recorded by an aggregate. Stored in the outbox in the same transaction as the change,
// then relayed to the job queue; `name` is the job name (`<aggregate>.<past-participle>`).
export interface DomainEvent<N extends string = string, P extends object = Record<string, unknown>> {
  readonly name: N;
  readonly payload: P;
  readonly occurredAt: Date;
}

export function domainEvent<N extends string, P extends object>(name: N, payload: P, occurredAt: Date): DomainEvent<N, P> {
  return { name, payload, occurredAt };
}
