import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A job of the Postgres queue (used when REDIS_URL is unset), see postgres-job-queue.ts. */
@Entity('jobs')
@Check('jobs_state_check', `state IN ('queued', 'running', 'done', 'failed')`)
// Partial indexes: workers only ever scan due jobs and expired leases.
@Index('jobs_due_idx', ['runAt'], { where: `state = 'queued'` })
@Index('jobs_lease_idx', ['lockedUntil'], { where: `state = 'running'` })
@Index('jobs_done_idx', ['finishedAt'], { where: `state = 'done'` })
export class JobRecord {
  @PrimaryColumn({ type: 'text' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'jsonb' }) payload: unknown;
  @Column({ type: 'text', default: 'queued' }) state: 'queued' | 'running' | 'done' | 'failed';
  @Column({ type: 'integer', default: 0 }) attempt: number;
  @Column({ type: 'integer', name: 'max_attempts' }) maxAttempts: number;
  @Column({ type: 'integer', name: 'backoff_ms' }) backoffMs: number;
  @Column({ type: 'timestamptz', name: 'run_at', default: () => 'now()' }) runAt: Date;
  @Column({ type: 'text', name: 'locked_by', nullable: true }) lockedBy: string | null;
  @Column({ type: 'timestamptz', name: 'locked_until', nullable: true }) lockedUntil: Date | null;
  @Column({ type: 'text', name: 'last_error', nullable: true }) lastError: string | null;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true }) finishedAt: Date | null;
}
