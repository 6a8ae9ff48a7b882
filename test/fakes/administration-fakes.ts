// In-memory stand-ins for the administration ports and the action log (unit tests).
import type { AdminSettings } from '../../src/domain/administration/index.js';
import { InstanceSettingsStore } from '../../src/domain/administration/index.js';
import { ActionLog, type ActionLogEntry } from '../../src/domain/moderation/index.js';
import type { Page, PageRequest } from '../../src/domain/shared/index.js';

export function makeAdminSettings(overrides: Partial<AdminSettings> = {}): AdminSettings {
  return {
    name: 'Convene test',
    description: 'A test instance',
    longDescription: '',
    slogan: null,
    contact: null,
    rules: '',
    terms: { type: 'DEFAULT', url: null, content: null },
    privacy: { type: 'DEFAULT', url: null, content: null },
    registrationsOpen: true,
    registrationAllowlist: [],
    anonymousParticipation: false,
    anonymousReports: false,
    languages: ['en'],
    primaryColor: null,
    secondaryColor: null,
    logoId: null,
    faviconId: null,
    defaultPictureId: null,
    ...overrides,
  };
}

export class InMemoryInstanceSettingsStore extends InstanceSettingsStore {
  saves = 0;
  constructor(private value: AdminSettings = makeAdminSettings()) {
    super();
  }
  async load(): Promise<AdminSettings> {
    return structuredClone(this.value);
  }
  async save(settings: AdminSettings): Promise<void> {
    this.saves += 1;
    this.value = structuredClone(settings);
  }
}

export class InMemoryActionLog extends ActionLog {
  readonly entries: ActionLogEntry[] = [];
  async record(entry: Omit<ActionLogEntry, 'id'>): Promise<ActionLogEntry> {
    const saved = { ...entry, id: String(this.entries.length + 1) };
    this.entries.push(saved);
    return saved;
  }
  async list(page: PageRequest): Promise<Page<ActionLogEntry>> {
    const newest = [...this.entries].reverse();
    return { total: newest.length, elements: newest.slice((page.page - 1) * page.limit, page.page * page.limit) };
  }
}
