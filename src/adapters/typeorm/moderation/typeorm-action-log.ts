import type { DataSource } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { ActionLog, type ActionLogEntry } from '../../../domain/moderation/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';
import { ActionLogRecord } from './action-log.record.js';

const toEntry = (r: ActionLogRecord): ActionLogEntry => ({
  id: r.id,
  moderatorActorId: r.moderatorActorId,
  action: r.action,
  objectType: r.objectType,
  objectId: r.objectId,
  details: r.details,
  createdAt: r.createdAt,
});

export class TypeOrmActionLog extends ActionLog {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  private get logs() {
    return this.dataSource.getRepository(ActionLogRecord);
  }

  async record(entry: Omit<ActionLogEntry, 'id'>): Promise<ActionLogEntry> {
    // `details` is free-form JSON, which TypeORM's deep-partial type cannot follow into.
    const values = entry as QueryDeepPartialEntity<ActionLogRecord>;
    const inserted = await this.logs.createQueryBuilder().insert().values(values).returning(['id']).updateEntity(false).execute();
    return { id: (inserted.raw as { id: string }[])[0].id, ...entry };
  }

  async list(page: PageRequest): Promise<Page<ActionLogEntry>> {
    const { entities, raw } = await this.logs
      .createQueryBuilder('l')
      .addSelect('count(*) OVER ()', 'total')
      .orderBy('l.createdAt', 'DESC')
      .addOrderBy('l.id', 'DESC')
      .limit(page.limit)
      .offset((page.page - 1) * page.limit)
      .getRawAndEntities<{ total: string }>();
    return { total: raw.length ? Number(raw[0].total) : 0, elements: entities.map(toEntry) };
  }
}
