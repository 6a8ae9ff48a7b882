import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ViewEvent } from '../../../domain/events/index.js';
import { eventToActivityJson } from '../../activitypub/activity-streams.js';
import { CalendarViews } from '../../calendar/calendar-views.js';
import { ACTIVITY_JSON_CONTENT_TYPE, send, TEXT_CONTENT_TYPE, wantsActivityJson } from '../shared/http-responses.js';
import { PageInstance } from '../shared/page-instance.js';
import { ICS_CONTENT_TYPE, renderIcs } from '../../calendar/index.js';
import { EVENT_PAGE_CSP, HTML_CONTENT_TYPE, renderEventPage, renderNotFoundPage } from './event-page.js';

const PAGE_HEADERS = { Vary: 'Accept', 'Referrer-Policy': 'strict-origin-when-cross-origin' };

/**
 * `GET /events/:uuid` (HTML share page, or AS2 JSON by content negotiation) and
 * `GET /events/:uuid/export/ics`. Pages are for anyone: the viewer is always anonymous, so drafts
 * and private events are "not found" while unlisted ones open by their link.
 */
@Controller('events')
export class EventPagesController {
  constructor(
    @Inject(ViewEvent) private readonly viewEvent: ViewEvent,
    @Inject(CalendarViews) private readonly views: CalendarViews,
    @Inject(PageInstance) private readonly instance: PageInstance,
  ) {}

  @Get(':uuid')
  async page(@Param('uuid') uuid: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const asJson = wantsActivityJson(req.headers.accept);
    const found = await this.viewEvent.execute({ userId: null, uuid });
    if (!found.ok) {
      if (asJson) {
        send(req, res, {
          status: 404,
          contentType: ACTIVITY_JSON_CONTENT_TYPE,
          body: JSON.stringify({ error: 'Not found' }),
          cacheControl: 'no-store',
          headers: PAGE_HEADERS,
        });
      } else {
        send(req, res, {
          status: 404,
          contentType: HTML_CONTENT_TYPE,
          body: renderNotFoundPage(this.instance),
          cacheControl: 'no-store',
          headers: { ...PAGE_HEADERS, 'Content-Security-Policy': EVENT_PAGE_CSP },
        });
      }
      return;
    }
    const { event } = found.value;
    const [view] = await this.views.of([event]);
    if (asJson) {
      // maySee lets only PUBLIC and UNLISTED events through to an anonymous viewer.
      const doc = eventToActivityJson(view, event.visibility === 'PUBLIC' ? 'PUBLIC' : 'UNLISTED');
      send(req, res, {
        contentType: ACTIVITY_JSON_CONTENT_TYPE,
        body: JSON.stringify(doc),
        cacheControl: 'no-cache',
        lastModified: view.updatedAt,
        headers: PAGE_HEADERS,
      });
      return;
    }
    const html = renderEventPage(view, this.instance, { ics: `${view.url}/export/ics` });
    send(req, res, {
      contentType: HTML_CONTENT_TYPE,
      body: html,
      cacheControl: 'no-cache',
      lastModified: view.updatedAt,
      headers: { ...PAGE_HEADERS, 'Content-Security-Policy': EVENT_PAGE_CSP, ...(view.isPublic ? {} : { 'X-Robots-Tag': 'noindex' }) },
    });
  }

  @Get(':uuid/export/ics')
  async exportIcs(@Param('uuid') uuid: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await this.viewEvent.execute({ userId: null, uuid });
    if (!found.ok) {
      send(req, res, { status: 404, contentType: TEXT_CONTENT_TYPE, body: 'Not found\n', cacheControl: 'no-store' });
      return;
    }
    const [view] = await this.views.of([found.value.event]);
    const body = renderIcs([view], { name: view.title, url: view.url });
    send(req, res, {
      contentType: ICS_CONTENT_TYPE,
      body,
      cacheControl: 'no-cache',
      lastModified: view.updatedAt,
      headers: {
        'Content-Disposition': `attachment; filename="${view.uuid}.ics"`,
        ...(view.isPublic ? {} : { 'X-Robots-Tag': 'noindex' }),
      },
    });
  }
}
