import { SentNotifications } from '../../src/domain/notifications/index.js';

export class InMemorySentNotifications extends SentNotifications {
  readonly keys = new Map<string, Date>();

  async claim(key: string, at: Date): Promise<boolean> {
    if (this.keys.has(key)) return false;
    this.keys.set(key, at);
    return true;
  }
  async release(key: string): Promise<void> {
    this.keys.delete(key);
  }
  async lastClaimedAt(prefixes: string[]): Promise<Map<string, Date>> {
    const result = new Map<string, Date>();
    for (const prefix of prefixes) {
      for (const [key, at] of this.keys) {
        if (key.startsWith(prefix) && (!result.has(prefix) || result.get(prefix)!.getTime() < at.getTime())) result.set(prefix, at);
      }
    }
    return result;
  }
}
