import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A fixed-window counter of the Postgres rate limiter (used when REDIS_URL is unset). */
@Entity('rate_limits')
@Index('rate_limits_window_start_idx', ['windowStart'])
export class RateLimitRecord {
  @PrimaryColumn({ type: 'text' }) key: string;
  @Column({ type: 'timestamptz', name: 'window_start' }) windowStart: Date;
  @Column({ type: 'integer' }) hits: number;
}
