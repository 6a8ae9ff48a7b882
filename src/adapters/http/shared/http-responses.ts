// Small helpers shared by the page and feed controllers: conditional responses (ETag) and content negotiation between HTML and ActivityStreams.
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

export const ACTIVITY_JSON_CONTENT_TYPE = 'application/activity+json; charset=utf-8';
export const TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

const AS_PROFILE = 'https://www.w3.org/ns/activitystreams';

/**
 * Whether the client asks for ActivityStreams: `application/activity+json`, or
 * `application/ld+json; profile="https://www.w3.org/ns/activitystreams"` (with a q above 0).
 */
export function wantsActivityJson(accept: string | undefined): boolean {
  if (!accept) return false;
  for (const range of accept.split(',')) {
    const [rawType, ...rawParams] = range.split(';');
    const type = rawType.trim().toLowerCase();
    const params = new Map(
      rawParams.map((p) => {
        const eq = p.indexOf('=');
        const key = (eq < 0 ? p : p.slice(0, eq)).trim().toLowerCase();
        const value =
          eq < 0
            ? ''
            : p
                .slice(eq + 1)
                .trim()
                .replace(/^"(.*)"$/, '$1');
        return [key, value] as const;
      }),
    );
    if (params.has('q') && !(Number(params.get('q')) > 0)) continue;
    if (type === 'application/activity+json') return true;
    if (type === 'application/ld+json' && (params.get('profile') ?? '').split(/\s+/).includes(AS_PROFILE)) return true;
  }
  return false;
}

export interface Representation {
  status?: number;
  contentType: string;
  body: string;
  cacheControl: string;
  /**
   * The newest change of the events shown (sent as Last-Modified, for information). Only the ETag
   * decides a 304: an event leaving a feed, or its organizer renamed, changes no event's date.
   */
  lastModified?: Date | null;
  headers?: Record<string, string>;
}

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** Sends a representation with its validators, or 304 when the client's copy is current. */
export function send(req: Request, res: Response, rep: Representation): void {
  const status = rep.status ?? 200;
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries(rep.headers ?? {})) res.setHeader(name, value);
  res.setHeader('Cache-Control', rep.cacheControl);
  if (status === 200) {
    const etag = etagOf(rep.body);
    res.setHeader('ETag', etag);
    // Whole seconds: HTTP dates have no milliseconds.
    const modified = rep.lastModified ? new Date(Math.floor(rep.lastModified.getTime() / 1000) * 1000) : null;
    if (modified) res.setHeader('Last-Modified', modified.toUTCString());
    if (matchesEtag(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
  }
  // Plain `end`: Express's `send` would add its own freshness rules on top of ours.
  const bytes = Buffer.from(rep.body, 'utf8');
  res.status(status);
  res.setHeader('Content-Type', rep.contentType);
  res.setHeader('Content-Length', bytes.length);
  res.end(bytes);
}
