import type { Clock, JobQueue } from '../../shared/index.js';
import { NOTIFICATION_JOBS } from '../notification.types.js';

const MINUTE = 60_000;

/**
 * The worker's tick (every minute): enqueues the periodic jobs that are due, with ids derived from
 * the time slot, so any number of workers ticking at once still enqueue each job once. Reminders
 * run every minute; digests every quarter of an hour (they decide themselves who is due).
 */
export class ScheduleNotifications {
  constructor(
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<string[]> {
    const now = this.clock.now().getTime();
    const minute = new Date(now - (now % MINUTE)).toISOString();
    const quarter = new Date(now - (now % (15 * MINUTE))).toISOString();
    const jobs: [string, string][] = [
      [NOTIFICATION_JOBS.reminders, `${NOTIFICATION_JOBS.reminders}-${minute}`],
      [NOTIFICATION_JOBS.dailyDigest, `${NOTIFICATION_JOBS.dailyDigest}-${quarter}`],
      [NOTIFICATION_JOBS.weeklyDigest, `${NOTIFICATION_JOBS.weeklyDigest}-${quarter}`],
      [NOTIFICATION_JOBS.pendingDigest, `${NOTIFICATION_JOBS.pendingDigest}-${quarter}`],
    ];
    // A periodic job failing for good is replaced by the next slot's: a few attempts are enough.
    for (const [name, id] of jobs) await this.queue.enqueue(name, {}, { id, attempts: 3 });
    return jobs.map(([, id]) => id);
  }
}
