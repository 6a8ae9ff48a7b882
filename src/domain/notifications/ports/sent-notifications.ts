/**
 * What was sent, by deterministic key (`event-cancelled:<event>:<seq>:<email>`...). A job claims a
 * key before sending, so a retried or duplicated job never mails twice.
 */
export abstract class SentNotifications {
  /** true when the key was free and is now taken; false when it was already claimed. */
  abstract claim(key: string, at: Date): Promise<boolean>;
  /** Frees a key whose email could not be sent, so that the job's retry sends it. */
  abstract release(key: string): Promise<void>;
  /** The latest claim of keys starting with each prefix (absent: never). */
  abstract lastClaimedAt(prefixes: string[]): Promise<Map<string, Date>>;
}
