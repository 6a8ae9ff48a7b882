import type { DataSource } from 'typeorm';
import { ModeratorDirectory, type ModeratorRecipient } from '../../../domain/reports/index.js';

export class TypeOrmModeratorDirectory extends ModeratorDirectory {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async recipients(): Promise<ModeratorRecipient[]> {
    const rows: { id: string; email: string; locale: string }[] = await this.dataSource.query(
      `SELECT id::text, email, locale FROM users
       WHERE role IN ('MODERATOR', 'ADMINISTRATOR') AND confirmed_at IS NOT NULL AND NOT disabled
       ORDER BY id`,
    );
    return rows.map((r) => ({ userId: r.id, email: r.email, locale: r.locale }));
  }
}
