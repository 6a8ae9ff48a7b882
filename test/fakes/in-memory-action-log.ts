import { ActionLog, type ActionLogEntry } from '../../src/domain/moderation/index.js';
import type { Page, PageRequest } from '../../src/domain/shared/index.js';

export class InMemoryActionLog extends ActionLog {
  readonly entries: ActionLogEntry[] = [];

  async record(entry: Omit<ActionLogEntry, 'id'>): Promise<ActionLogEntry> {
    const stored = { ...entry, id: String(this.entries.length + 1) };
    this.entries.push(stored);
    return stored;
  }
  async list(page: PageRequest): Promise<Page<ActionLogEntry>> {
    const newest = [...this.entries].reverse();
    return { total: newest.length, elements: newest.slice((page.page - 1) * page.limit, page.page * page.limit) };
  }
}
