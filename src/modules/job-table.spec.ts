import { describe, expect, it } from '@jest/globals';
import { PARTICIPATION_EMAIL_EVENTS } from '../domain/participations/index.js';
import { NO_SIDE_EFFECT, jobHandlers, jobTable, type JobTable, type JobUseCases } from './job-table.js';

// Stands in for the use cases: records which one ran, which method, with what.
function recordingUseCases(): { useCases: JobUseCases; calls: [string, string, unknown][] } {
  const calls: [string, string, unknown][] = [];
  const useCases = new Proxy(
    {},
    {
      get: (_, useCase) =>
        new Proxy({}, { get: (__, method) => async (arg: unknown) => void calls.push([String(useCase), String(method), arg]) }),
    },
  ) as JobUseCases;
  return { useCases, calls };
}

const job = (name: string, payload: object) => ({ id: `${name}#1`, name, payload, attempt: 1 });

describe('the job table', () => {
  it('runs each job with its typed payload, and the suspension in order: participants told, then withdrawn', async () => {
    const { useCases, calls } = recordingUseCases();
    const handlers = jobHandlers(jobTable(useCases));
    await handlers['participation.approved'](
      job('participation.approved', { participationId: '1', eventId: '2', actorId: '3', from: 'NOT_APPROVED' }),
    );
    await handlers['event.updated'](job('event.updated', { eventId: '2', changed: ['title'] }));
    await handlers['person.suspended'](job('person.suspended', { personId: '3', suspendedAt: '2026-01-01T00:00:00.000Z' }));
    await handlers['notify.reminders'](job('notify.reminders', {}));
    expect(calls).toEqual([
      [
        'sendParticipationEmail',
        'execute',
        { name: 'participation.approved', payload: { participationId: '1', eventId: '2', actorId: '3', from: 'NOT_APPROVED' } },
      ],
      ['notifyEventUpdated', 'onEventUpdated', { eventId: '2', changed: ['title'] }],
      ['notifyOrganizerSuspended', 'execute', { personId: '3', suspendedAt: '2026-01-01T00:00:00.000Z' }],
      ['withdrawSuspendedParticipant', 'execute', { personId: '3' }],
      ['sendEventReminders', 'execute', undefined],
    ]);
  });

  it('finishes the recorded facts without a side effect at once, calling nothing', async () => {
    const { useCases, calls } = recordingUseCases();
    const table = jobTable(useCases);
    const silent = Object.entries(table)
      .filter(([, entry]) => entry === NO_SIDE_EFFECT)
      .map(([name]) => name);
    expect(silent).toEqual(expect.arrayContaining(['event.published', 'participation.cancelled', 'comment.created', 'user.confirmed']));
    const handlers = jobHandlers(table);
    for (const name of silent) await expect(handlers[name](job(name, {}))).resolves.toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('sends the participation emails for exactly the events the participations domain lists', async () => {
    const { useCases, calls } = recordingUseCases();
    const handlers = jobHandlers(jobTable(useCases));
    const participationNames = Object.keys(handlers).filter((name) => name.startsWith('participation.'));
    const emailing: string[] = [];
    for (const name of participationNames) {
      calls.length = 0;
      await handlers[name](job(name, { participationId: '1', eventId: '2', actorId: '3' }));
      if (calls.some(([useCase]) => useCase === 'sendParticipationEmail')) emailing.push(name);
    }
    expect(emailing.sort()).toEqual([...PARTICIPATION_EMAIL_EVENTS].sort());
  });

  it('is checked by the compiler against every name, and refuses at boot an entry that is no handler', () => {
    type Sample = { name: 'a.done'; payload: { id: string } } | { name: 'b.done'; payload: { n: number } };
    // @ts-expect-error 'b.done' has no entry
    const incomplete: JobTable<Sample> = { 'a.done': NO_SIDE_EFFECT };
    const extra: JobTable<Sample> = {
      'a.done': async (payload) => payload.id,
      'b.done': async (payload) => payload.n,
      // @ts-expect-error no such job
      'c.done': NO_SIDE_EFFECT,
    };
    // @ts-expect-error the payload of 'b.done' has no id
    const mistyped: JobTable<Sample> = { 'a.done': NO_SIDE_EFFECT, 'b.done': async (payload) => payload.id };
    expect(Object.keys(jobHandlers(extra))).toEqual(['a.done', 'b.done', 'c.done']);
    expect(Object.keys(jobHandlers(mistyped))).toEqual(['a.done', 'b.done']);
    expect(() => jobHandlers(incomplete)).not.toThrow();

    const holed = { 'a.done': NO_SIDE_EFFECT, 'b.done': undefined } as unknown as JobTable<Sample>;
    expect(() => jobHandlers(holed)).toThrow('job table: no handler for b.done');
  });
});
