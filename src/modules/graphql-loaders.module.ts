import { Module } from '@nestjs/common';
import { GraphqlLoaders } from '../adapters/graphql/shared/loaders.js';
import { CommentRepository } from '../domain/comments/index.js';
import { EventRepository } from '../domain/events/index.js';
import { PersonRepository } from '../domain/identities/index.js';
import { MediaRepository } from '../domain/media/index.js';
import { CountParticipants } from '../domain/participations/index.js';
import { ReportRepository } from '../domain/reports/index.js';
import { ParticipationsModule } from './participations.module.js';
import { ReportsModule } from './reports.module.js';

/** The factory of the per-request DataLoaders, for the GraphQL context (GraphqlApiModule). */
@Module({
  imports: [ParticipationsModule, ReportsModule],
  providers: [
    {
      provide: GraphqlLoaders,
      useFactory: (
        p: PersonRepository,
        e: EventRepository,
        m: MediaRepository,
        c: CommentRepository,
        r: ReportRepository,
        count: CountParticipants,
      ) => new GraphqlLoaders(p, e, m, c, r, count),
      inject: [PersonRepository, EventRepository, MediaRepository, CommentRepository, ReportRepository, CountParticipants],
    },
  ],
  exports: [GraphqlLoaders],
})
export class GraphqlLoadersModule {}
