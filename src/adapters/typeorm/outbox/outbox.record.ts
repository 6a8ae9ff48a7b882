import { Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A domain event stored with its change, until the relay has moved it to the job queue. */
@Entity('outbox')
@Index('outbox_unrelayed_idx', ['id'], { where: 'relayed_at IS NULL' })
export class OutboxRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  /** The job id: unlike the sequence it never repeats, even across databases sharing a Redis. */
  @Column({ type: 'uuid' })
  @Generated('uuid')
  uid: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'jsonb' }) payload: Record<string, unknown>;
  @Column({ type: 'timestamptz', name: 'occurred_at' }) occurredAt: Date;
  @Column({ type: 'timestamptz', name: 'relayed_at', nullable: true }) relayedAt: Date | null;
}
