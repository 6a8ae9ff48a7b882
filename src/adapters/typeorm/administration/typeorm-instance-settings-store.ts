import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { InstanceSettingsStore, type AdminSettings } from '../../../domain/administration/index.js';
import { InstanceSettingsRecord } from './instance-settings.record.js';

/**
 * The admin settings in `instance_settings`, read from the database on every call (one tiny
 * primary-key query): a save is seen at once by every process, with no cache to invalidate.
 */
export class TypeOrmInstanceSettingsStore extends InstanceSettingsStore {
  constructor(
    private readonly dataSource: DataSource,
    /** What a fresh instance answers (from the environment). */
    private readonly defaults: AdminSettings,
  ) {
    super();
  }

  async load(): Promise<AdminSettings> {
    const row = await this.dataSource.getRepository(InstanceSettingsRecord).findOne({ select: { settings: true }, where: { id: 1 } });
    const saved = row?.settings ?? {};
    // Keys added by later versions fall back to their defaults.
    return {
      ...this.defaults,
      ...saved,
      terms: { ...this.defaults.terms, ...saved.terms },
      privacy: { ...this.defaults.privacy, ...saved.privacy },
    };
  }

  async save(settings: AdminSettings): Promise<void> {
    const row: QueryDeepPartialEntity<InstanceSettingsRecord> = { id: 1, settings, updatedAt: () => 'now()' };
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(InstanceSettingsRecord)
      .values(row)
      .orUpdate(['settings', 'updated_at'], ['id'])
      .updateEntity(false)
      .execute();
  }
}
