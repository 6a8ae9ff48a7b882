export abstract class TokenGenerator {
  /** A URL-safe secret with at least 256 bits of entropy. */
  abstract secret(): string;
  /** The form of a secret that is stored: a one-way digest, so a database leak reveals no token. */
  abstract digest(secret: string): string;
}
