import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ImageContentType, MediaKind } from '../../../domain/media/index.js';

// No foreign keys: actors reference media (a key each way would make a cycle), and a deleted
// account's rows are removed with their files by a job (see migration ActorMediaFk).
@Entity('media')
@Unique('media_uuid_key', ['uuid'])
@Unique('media_file_key_key', ['fileKey'])
@Check('media_kind_check', `kind IN ('media', 'avatar', 'banner')`)
@Check('media_size_check', `size >= 0`)
@Index('media_user_id_idx', ['userId'])
export class MediaRecord {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column({ type: 'uuid' }) uuid: string;
  @Column({ type: 'bigint', name: 'user_id' }) userId: string;
  /** Who uploaded it (informative). */
  @Column({ type: 'bigint', name: 'actor_id', nullable: true }) actorId: string | null;
  @Column({ type: 'text' }) kind: MediaKind;
  @Column({ type: 'text', default: '' }) name: string;
  @Column({ type: 'text', default: '' }) alt: string;
  @Column({ type: 'text', name: 'content_type' }) contentType: ImageContentType;
  @Column({ type: 'integer' }) size: number;
  @Column({ type: 'integer' }) width: number;
  @Column({ type: 'integer' }) height: number;
  @Column({ type: 'text', name: 'file_key' }) fileKey: string;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
}
