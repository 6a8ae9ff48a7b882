import { Module } from '@nestjs/common';
import { EventResolver, PersonEventsResolver, UserDraftsResolver } from '../adapters/graphql/events/event.resolver.js';
import { SanitizeHtmlSanitizer } from '../adapters/html/sanitize-html.sanitizer.js';
import { UserRepository } from '../domain/accounts/index.js';
import {
  CreateEvent,
  DeleteEvent,
  EventRepository,
  FindEvents,
  FindOwnEvents,
  HtmlSanitizer,
  UpdateEvent,
  ViewEvent,
} from '../domain/events/index.js';
import { InstanceIdentity, MediaOwnership, PersonRepository } from '../domain/identities/index.js';
import { Clock, RateLimiter } from '../domain/shared/index.js';
import { ActionLog } from '../domain/moderation/index.js';
import { IdentitiesModule } from './identities.module.js';
import { MediaModule } from './media.module.js';
import { useCase } from './use-case.js';

@Module({
  imports: [IdentitiesModule, MediaModule],
  providers: [
    { provide: HtmlSanitizer, useClass: SanitizeHtmlSanitizer },
    useCase(CreateEvent, [EventRepository, PersonRepository, MediaOwnership, HtmlSanitizer, InstanceIdentity, RateLimiter, Clock]),
    useCase(UpdateEvent, [EventRepository, PersonRepository, MediaOwnership, HtmlSanitizer, Clock]),
    useCase(DeleteEvent, [EventRepository, UserRepository, PersonRepository, Clock, ActionLog]),
    useCase(ViewEvent, [EventRepository, UserRepository, PersonRepository]),
    useCase(FindEvents, [EventRepository, Clock]),
    useCase(FindOwnEvents, [EventRepository, PersonRepository]),
    EventResolver,
    PersonEventsResolver,
    UserDraftsResolver,
  ],
  exports: [ViewEvent, FindEvents, FindOwnEvents, HtmlSanitizer],
})
export class EventsModule {}
