import type { Request } from 'express';
import type { SignedIn } from '../../../domain/accounts/index.js';
import type { Viewer } from '../../shared/viewer.js';
import { ApiError } from './api-error.js';
import type { Loaders } from './loaders.js';

export type { Viewer };

export interface GqlContext {
  req: Request;
  viewer: Viewer | null;
  ip: string | null;
  /** Built once per request by the context factory (GraphqlApiModule). */
  loaders: Loaders;
  /** Set by LoginGuard for the `login` mutation it let through. */
  signedIn?: SignedIn;
}

export function requireViewer(ctx: GqlContext): Viewer {
  if (!ctx.viewer) throw ApiError.unauthenticated();
  return ctx.viewer;
}

export function isModerator(viewer: Viewer | null): boolean {
  return viewer?.role === 'MODERATOR' || viewer?.role === 'ADMINISTRATOR';
}
