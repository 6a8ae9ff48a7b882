import { Module } from '@nestjs/common';
import { CalendarViews } from '../adapters/calendar/calendar-views.js';
import { EventPagesController } from '../adapters/http/events/event-pages.controller.js';
import { FeedsController } from '../adapters/http/feeds/feeds.controller.js';
import { PageInstance } from '../adapters/http/shared/page-instance.js';
import { ProfilePagesController } from '../adapters/http/identities/profile-pages.controller.js';
import { PersonRepository } from '../domain/identities/index.js';
import { MediaRepository, MediaStorage } from '../domain/media/index.js';
import type { AppConfig } from './config/app-config.js';
import { EventsModule } from './events.module.js';
import { FeedsModule } from './feeds.module.js';
import { MediaModule } from './media.module.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

/**
 * The HTTP pages beside GraphQL: event share pages and ICS export, identity pages, and the ICS /
 * Atom feeds (instance, identity, private "going" feed). HTML or AS2 JSON by content negotiation.
 */
@Module({
  imports: [EventsModule, MediaModule, FeedsModule],
  controllers: [EventPagesController, FeedsController, ProfilePagesController],
  providers: [
    { provide: PageInstance, useFactory: (c: AppConfig) => new PageInstance(c.instanceName, c.baseUrl), inject: [APP_CONFIG] },
    useCase(CalendarViews, [PersonRepository, MediaRepository, MediaStorage]),
  ],
})
export class HttpPagesModule {}
