import type { DataSource } from 'typeorm';
import { InstanceSettingsStore, type AdminSettings } from '../../../domain/administration/index.js';

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
    const [row]: { settings: Partial<AdminSettings> }[] = await this.dataSource.query(
      `SELECT settings FROM instance_settings WHERE id = 1`,
    );
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
    await this.dataSource.query(
      `INSERT INTO instance_settings (id, settings, updated_at) VALUES (1, $1, now())
       ON CONFLICT (id) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()`,
      [JSON.stringify(settings)],
    );
  }
}
