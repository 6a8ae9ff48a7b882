import type { Page, PageRequest } from '../../shared/index.js';
import type { ActionLogEntry } from '../action-log.js';

export abstract class ActionLog {
  abstract record(entry: Omit<ActionLogEntry, 'id'>): Promise<ActionLogEntry>;
  /** Newest first. */
  abstract list(page: PageRequest): Promise<Page<ActionLogEntry>>;
}
