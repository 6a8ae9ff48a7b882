import type { DataSource } from 'typeorm';
import { ActionLog, type ActionLogEntry } from '../../../domain/moderation/index.js';
import type { Page, PageRequest } from '../../../domain/shared/index.js';

interface Row {
  id: string;
  moderator_actor_id: string;
  action: ActionLogEntry['action'];
  object_type: ActionLogEntry['objectType'];
  object_id: string;
  details: Record<string, unknown>;
  created_at: Date;
}

const toEntry = (r: Row): ActionLogEntry => ({
  id: r.id,
  moderatorActorId: r.moderator_actor_id,
  action: r.action,
  objectType: r.object_type,
  objectId: r.object_id,
  details: r.details,
  createdAt: r.created_at,
});

export class TypeOrmActionLog extends ActionLog {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async record(entry: Omit<ActionLogEntry, 'id'>): Promise<ActionLogEntry> {
    const [row]: Row[] = await this.dataSource.query(
      `INSERT INTO action_logs (moderator_actor_id, action, object_type, object_id, details, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING id::text, moderator_actor_id::text, action, object_type, object_id, details, created_at`,
      [entry.moderatorActorId, entry.action, entry.objectType, entry.objectId, JSON.stringify(entry.details), entry.createdAt],
    );
    return toEntry(row);
  }

  async list(page: PageRequest): Promise<Page<ActionLogEntry>> {
    const rows: (Row & { total: string })[] = await this.dataSource.query(
      `SELECT id::text, moderator_actor_id::text, action, object_type, object_id, details, created_at, count(*) OVER () AS total
       FROM action_logs ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [page.limit, (page.page - 1) * page.limit],
    );
    return { total: rows.length ? Number(rows[0].total) : 0, elements: rows.map(toEntry) };
  }
}
