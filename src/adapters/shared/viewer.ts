import type { UserRole } from '../../domain/accounts/index.js';

/** Who sends a request, as its bearer token proved (null: anonymous). */
export interface Viewer {
  userId: string;
  role: UserRole;
  /** The session its access token was issued for (null: the token names none). */
  sessionId: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Set by BearerAuthGuard; undefined until it has run for this request. */
    viewer?: Viewer | null;
  }
}
