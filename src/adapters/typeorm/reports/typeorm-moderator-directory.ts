import type { DataSource } from 'typeorm';
import { ModeratorDirectory, type ModeratorRecipient } from '../../../domain/reports/index.js';
import { UserRecord } from '../accounts/user.record.js';

export class TypeOrmModeratorDirectory extends ModeratorDirectory {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async recipients(): Promise<ModeratorRecipient[]> {
    const users = await this.dataSource
      .getRepository(UserRecord)
      .createQueryBuilder('u')
      .select(['u.id', 'u.email', 'u.locale'])
      .where(`u.role IN ('MODERATOR', 'ADMINISTRATOR') AND u.confirmedAt IS NOT NULL AND NOT u.disabled`)
      .orderBy('u.id')
      .getMany();
    return users.map((u) => ({ userId: u.id, email: u.email, locale: u.locale }));
  }
}
