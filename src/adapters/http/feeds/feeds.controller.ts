import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Event } from '../../../domain/events/index.js';
import { ReadGoingFeed, ReadPublicFeeds } from '../../../domain/feeds/index.js';
import type { CalendarEvent } from '../../calendar/calendar-event.js';
import { CalendarViews } from '../../calendar/calendar-views.js';
import { send, TEXT_CONTENT_TYPE } from '../shared/http-responses.js';
import { PageInstance } from '../shared/page-instance.js';
import { ATOM_CONTENT_TYPE, ICS_CONTENT_TYPE, renderAtom, renderIcs } from '../../calendar/index.js';

type Format = 'ics' | 'atom';
const isFormat = (value: string): value is Format => value === 'ics' || value === 'atom';

// Calendar apps poll: a few minutes of caching keeps that cheap; the ETag makes polls 304s.
const PUBLIC_CACHE = 'public, max-age=300';
// The going feed is one person's: shared caches must not keep it.
const PRIVATE_CACHE = 'private, max-age=300';

interface FeedSpec {
  title: string;
  description: string;
  /** The feed's own URL, without the format. */
  base: string;
  /** The HTML page it mirrors. */
  alternateUrl: string;
  cacheControl: string;
  /** Atom's `updated` of an empty feed: a fixed date, so that the ETag stays the same. */
  emptyUpdated: Date;
  headers?: Record<string, string>;
}

/**
 * Mobilizon's feed paths: `/@:name/feed/{ics,atom}` (an identity's upcoming public events),
 * `/feed/instance/{ics,atom}` (the instance's) and `/events/going/:token/{ics,atom}` (the events a
 * feed token's account is going to, drafts never included).
 */
@Controller()
export class FeedsController {
  constructor(
    @Inject(ReadPublicFeeds) private readonly publicFeeds: ReadPublicFeeds,
    @Inject(ReadGoingFeed) private readonly goingFeed: ReadGoingFeed,
    @Inject(CalendarViews) private readonly views: CalendarViews,
    @Inject(PageInstance) private readonly instance: PageInstance,
  ) {}

  @Get('@:name/feed/:format')
  async person(@Param('name') name: string, @Param('format') format: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = isFormat(format) ? await this.publicFeeds.person(name) : null;
    if (!found?.ok) return notFound(req, res);
    const person = found.value.person.snapshot();
    const displayName = person.name || person.preferredUsername;
    await this.render(req, res, format as Format, found.value.events, {
      title: `${displayName} · ${this.instance.name}`,
      description: `Upcoming events of ${displayName}`,
      base: `${person.url}/feed`,
      alternateUrl: person.url,
      cacheControl: PUBLIC_CACHE,
      emptyUpdated: person.createdAt,
    });
  }

  @Get('feed/instance/:format')
  async instanceFeed(@Param('format') format: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    if (!isFormat(format)) return notFound(req, res);
    const events = await this.publicFeeds.instance();
    await this.render(req, res, format, events, {
      title: this.instance.name,
      description: `Upcoming events on ${this.instance.name}`,
      base: `${this.instance.baseUrl}/feed/instance`,
      alternateUrl: this.instance.baseUrl,
      cacheControl: PUBLIC_CACHE,
      emptyUpdated: new Date(0),
    });
  }

  @Get('events/going/:token/:format')
  async going(@Param('token') token: string, @Param('format') format: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = isFormat(format) ? await this.goingFeed.execute(token) : null;
    if (!found?.ok) return notFound(req, res);
    await this.render(req, res, format as Format, found.value.events, {
      title: `My events · ${this.instance.name}`,
      description: `Events I'm going to on ${this.instance.name}`,
      base: `${this.instance.baseUrl}/events/going/${encodeURIComponent(token)}`,
      alternateUrl: this.instance.baseUrl,
      cacheControl: PRIVATE_CACHE,
      emptyUpdated: found.value.token.createdAt,
      // The URL is a secret: keep it out of referrers and search engines.
      headers: { 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' },
    });
  }

  private async render(req: Request, res: Response, format: Format, events: Event[], spec: FeedSpec): Promise<void> {
    const views = await this.views.of(events);
    const lastModified = newest(views);
    const url = `${spec.base}/${format}`;
    const body =
      format === 'ics'
        ? renderIcs(views, { name: spec.title, description: spec.description, url: spec.alternateUrl })
        : renderAtom(
            { title: spec.title, id: url, selfUrl: url, alternateUrl: spec.alternateUrl, updated: lastModified ?? spec.emptyUpdated },
            views,
            this.instance,
          );
    send(req, res, {
      contentType: format === 'ics' ? ICS_CONTENT_TYPE : ATOM_CONTENT_TYPE,
      body,
      cacheControl: spec.cacheControl,
      lastModified,
      headers: spec.headers,
    });
  }
}

function newest(views: CalendarEvent[]): Date | null {
  return views.reduce<Date | null>((max, v) => (max === null || v.updatedAt > max ? v.updatedAt : max), null);
}

function notFound(req: Request, res: Response): void {
  send(req, res, { status: 404, contentType: TEXT_CONTENT_TYPE, body: 'Not found\n', cacheControl: 'no-store' });
}
