import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ActionLogEntry } from '../../../domain/moderation/index.js';

// No foreign keys: the trail outlives what it speaks of (deleted events, users, profiles).
@Entity('action_logs')
// Newest first (descending columns: kept by the migration alone).
@Index('action_logs_created_idx', { synchronize: false })
export class ActionLogRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'bigint', name: 'moderator_actor_id' }) moderatorActorId: string;
  @Column({ type: 'text' }) action: ActionLogEntry['action'];
  @Column({ type: 'text', name: 'object_type' }) objectType: ActionLogEntry['objectType'];
  @Column({ type: 'text', name: 'object_id' }) objectId: string;
  @Column({ type: 'jsonb', default: {} }) details: Record<string, unknown>;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
