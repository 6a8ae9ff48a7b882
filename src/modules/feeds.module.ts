import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FeedTokenResolver } from '../adapters/graphql/feeds/feed-token.resolver.js';
import { TypeOrmFeedTokenRepository } from '../adapters/typeorm/feeds/typeorm-feed-token.repository.js';
import { TypeOrmGoingEvents } from '../adapters/typeorm/feeds/typeorm-going-events.js';
import { EventRepository } from '../domain/events/index.js';
import {
  CreateFeedToken,
  DeleteFeedToken,
  FeedTokenRepository,
  GoingEvents,
  ListFeedTokens,
  ReadGoingFeed,
  ReadPublicFeeds,
} from '../domain/feeds/index.js';
import { PersonRepository } from '../domain/identities/index.js';
import { Clock, TokenGenerator } from '../domain/shared/index.js';
import { useCase } from './use-case.js';

/**
 * Feed tokens and the feeds' read side. Global so that `User.feedTokens` and `Person.feedTokens`
 * (resolved in the accounts and identities modules) can read the tokens without those modules
 * importing this one.
 */
@Global()
@Module({
  providers: [
    { provide: FeedTokenRepository, useFactory: (ds: DataSource) => new TypeOrmFeedTokenRepository(ds), inject: [DataSource] },
    { provide: GoingEvents, useFactory: (ds: DataSource) => new TypeOrmGoingEvents(ds), inject: [DataSource] },
    useCase(CreateFeedToken, [FeedTokenRepository, PersonRepository, TokenGenerator, Clock]),
    useCase(DeleteFeedToken, [FeedTokenRepository]),
    useCase(ListFeedTokens, [FeedTokenRepository]),
    useCase(ReadGoingFeed, [FeedTokenRepository, GoingEvents, Clock]),
    useCase(ReadPublicFeeds, [EventRepository, PersonRepository, Clock]),
    FeedTokenResolver,
  ],
  exports: [ListFeedTokens, ReadGoingFeed, ReadPublicFeeds],
})
export class FeedsModule {}
