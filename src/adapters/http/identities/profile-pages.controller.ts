import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ReadPublicFeeds } from '../../../domain/feeds/index.js';
import { personToActivityJson, type PersonView } from '../../activitypub/activity-streams.js';
import { CalendarViews } from '../../calendar/calendar-views.js';
import { ACTIVITY_JSON_CONTENT_TYPE, send, wantsActivityJson } from '../shared/http-responses.js';
import { PageInstance } from '../shared/page-instance.js';
import { PROFILE_PAGE_CSP, renderProfilePage } from './profile-page.js';
import { EVENT_PAGE_CSP, HTML_CONTENT_TYPE, renderNotFoundPage } from '../events/event-page.js';

const PAGE_HEADERS = { Vary: 'Accept', 'Referrer-Policy': 'strict-origin-when-cross-origin' };
/** A profile page shows a few upcoming events; the feeds have the rest. */
const PROFILE_EVENTS = 30;

/** `GET /@:name`: an identity's page (HTML), or its AS2 actor by content negotiation. */
@Controller()
export class ProfilePagesController {
  constructor(
    @Inject(ReadPublicFeeds) private readonly publicFeeds: ReadPublicFeeds,
    @Inject(CalendarViews) private readonly views: CalendarViews,
    @Inject(PageInstance) private readonly instance: PageInstance,
  ) {}

  @Get('@:name')
  async profile(@Param('name') name: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const asJson = wantsActivityJson(req.headers.accept);
    const found = await this.publicFeeds.person(name, PROFILE_EVENTS);
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
    const p = found.value.person.snapshot();
    const person: PersonView = {
      url: p.url,
      preferredUsername: p.preferredUsername,
      name: p.name,
      summary: p.summary,
      avatar: await this.views.mediaUrl(p.avatarId),
    };
    if (asJson) {
      send(req, res, {
        contentType: ACTIVITY_JSON_CONTENT_TYPE,
        body: JSON.stringify(personToActivityJson(person, this.instance.baseUrl)),
        cacheControl: 'no-cache',
        headers: PAGE_HEADERS,
      });
      return;
    }
    const events = await this.views.of(found.value.events);
    const html = renderProfilePage(person, events, this.instance, { ics: `${p.url}/feed/ics`, atom: `${p.url}/feed/atom` });
    send(req, res, {
      contentType: HTML_CONTENT_TYPE,
      body: html,
      cacheControl: 'no-cache',
      headers: { ...PAGE_HEADERS, 'Content-Security-Policy': PROFILE_PAGE_CSP },
    });
  }
}
