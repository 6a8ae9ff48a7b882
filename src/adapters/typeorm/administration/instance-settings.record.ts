import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { AdminSettings } from '../../../domain/administration/index.js';

/** One row (id = 1) once an administrator saved anything; the settings are read and written whole. */
@Entity('instance_settings')
@Check('instance_settings_id_check', 'id = 1')
export class InstanceSettingsRecord {
  @PrimaryColumn({ type: 'smallint', default: 1 }) id: number;
  @Column({ type: 'jsonb' }) settings: Partial<AdminSettings>;
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}
