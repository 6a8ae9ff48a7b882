import type { DataSource } from 'typeorm';
import { SentNotifications } from '../../../domain/notifications/index.js';
import { SentNotificationRecord } from './sent-notification.record.js';

/** `sent_notifications`: the primary key makes a claim win once, across processes. */
export class TypeOrmSentNotifications extends SentNotifications {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async claim(key: string, at: Date): Promise<boolean> {
    const inserted = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(SentNotificationRecord)
      .values({ key, sentAt: at })
      .orIgnore()
      .returning(['key'])
      .updateEntity(false)
      .execute();
    return (inserted.raw as unknown[]).length === 1;
  }

  async release(key: string): Promise<void> {
    await this.dataSource.getRepository(SentNotificationRecord).delete({ key });
  }

  async lastClaimedAt(prefixes: string[]): Promise<Map<string, Date>> {
    if (prefixes.length === 0) return new Map();
    // Byte-wise range on the key (text_pattern_ops index): [prefix, prefix with its last character + 1).
    const upper = prefixes.map((p) => p.slice(0, -1) + String.fromCharCode(p.charCodeAt(p.length - 1) + 1));
    // Raw SQL: the pattern operators (~>=~, ~<~) that use that index, over a set of prefixes
    // unnested from two arrays, one statement for all — beyond TypeORM's builders.
    const rows: { prefix: string; last: Date | null }[] = await this.dataSource.query(
      `SELECT x.prefix, (SELECT max(s.sent_at) FROM sent_notifications s WHERE s.key ~>=~ x.prefix AND s.key ~<~ x.upper) AS last
         FROM unnest($1::text[], $2::text[]) AS x(prefix, upper)`,
      [prefixes, upper],
    );
    return new Map(rows.filter((r) => r.last !== null).map((r) => [r.prefix, new Date(r.last!)]));
  }
}
