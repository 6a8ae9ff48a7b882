import type { Request } from 'express';
import type { UserRole } from '../../../domain/accounts/index.js';
import { ApiError } from './api-error.js';

export interface Viewer {
  userId: string;
  role: UserRole;
}

export interface GqlContext {
  req: Request;
  viewer: Viewer | null;
  ip: string | null;
}

export function requireViewer(ctx: GqlContext): Viewer {
  if (!ctx.viewer) throw ApiError.unauthenticated();
  return ctx.viewer;
}

export function isModerator(viewer: Viewer | null): boolean {
  return viewer?.role === 'MODERATOR' || viewer?.role === 'ADMINISTRATOR';
}
