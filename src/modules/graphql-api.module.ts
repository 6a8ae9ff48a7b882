import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Logger, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { CONVENE_VERSION } from '../adapters/graphql/config/version.js';
import type { GqlContext } from '../adapters/graphql/shared/context.js';
import { DateTimeScalar } from '../adapters/graphql/shared/date-time.scalar.js';
import { errorShapePlugin } from '../adapters/graphql/shared/error-shape.plugin.js';
import { GraphqlErrorFilter } from '../adapters/graphql/shared/graphql-error.filter.js';
import { MultipartUpload } from '../adapters/graphql/shared/multipart-upload.js';
import { inputTextPlugin, MAX_INPUT_TEXT } from '../adapters/graphql/shared/input-text.js';
import { batchLimit, queryLimitsPlugin } from '../adapters/graphql/shared/query-limits.js';
import { UploadScalar } from '../adapters/graphql/shared/upload.scalar.js';
import { GraphqlLoaders } from '../adapters/graphql/shared/loaders.js';
import { argumentsValidationPipe } from '../adapters/graphql/shared/validation.js';
import { AppPassport } from '../adapters/shared/app-passport.js';
import { BearerAuthGuard } from '../adapters/shared/bearer-auth.guard.js';
import { BearerStrategy } from '../adapters/shared/bearer.strategy.js';
import { AccessTokens, UserRepository } from '../domain/accounts/index.js';
import { UploadLimits } from '../domain/media/index.js';
import { AnonymousParticipation } from '../domain/participations/index.js';
import { AccountsModule } from './accounts.module.js';
import { ConfigGraphqlModule } from './config-graphql.module.js';
import { CommentsModule } from './comments.module.js';
import type { AppConfig } from './config/app-config.js';
import { StoredInstanceSettings } from '../adapters/config/stored-instance-settings.js';
import { AdministrationModule } from './administration.module.js';
import { InstanceSettingsStore } from '../domain/administration/index.js';
import { IdentitiesModule } from './identities.module.js';
import { EventsModule } from './events.module.js';
import { FeedsModule } from './feeds.module.js';
import { HttpPagesModule } from './http-pages.module.js';
import { GeocodingModule, geocodingSettings } from './geocoding.module.js';
import { GraphqlLoadersModule } from './graphql-loaders.module.js';
import { MediaModule } from './media.module.js';
import { ParticipationsModule } from './participations.module.js';
import { ReportsModule } from './reports.module.js';
import { APP_CONFIG } from './tokens.js';

const logger = new Logger('GraphQL');

/** `POST /api`: Mobilizon's GraphQL dialect. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [GraphqlLoadersModule],
      inject: [APP_CONFIG, GraphqlLoaders],
      useFactory: (c: AppConfig, loaders: GraphqlLoaders): ApolloDriverConfig => ({
        path: '/api',
        autoSchemaFile: true,
        sortSchema: true,
        introspection: true,
        playground: false,
        includeStacktraceInErrorResponses: false,
        resolvers: { Upload: UploadScalar },
        // Every `@Field(() => Date)` is Mobilizon's DateTime, read strictly (no 30 February, no year 0).
        buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
        // Query limits (ADR 10): tokens while parsing, the rest before execution; batchLimit
        // (below) bounds the length of a batch, whose operations share one cost budget.
        parseOptions: { maxTokens: c.graphqlLimits.maxTokens },
        allowBatchedHttpRequests: true,
        plugins: [errorShapePlugin, queryLimitsPlugin(c.graphqlLimits), inputTextPlugin(MAX_INPUT_TEXT)],
        formatError: (formatted, error) => {
          // Only failures of ours are logged; the client's mistakes are answered, not logged.
          if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            const original = (error as { originalError?: unknown }).originalError ?? error;
            logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
          }
          return formatted;
        },
        // Called once per HTTP request: a batch of operations shares the request's loaders.
        context: ({ req }: { req: Request }): GqlContext => ({
          req,
          viewer: req.viewer ?? null,
          ip: req.ip ?? null,
          loaders: loaders.forRequest(),
        }),
      }),
    }),
    ConfigGraphqlModule.register({
      imports: [ParticipationsModule],
      settings: {
        // Saved admin settings over the environment's defaults, read per query (see StoredInstanceSettings).
        useFactory: (c: AppConfig, store: InstanceSettingsStore, anonymous: AnonymousParticipation) =>
          new StoredInstanceSettings(
            {
              uploadLimits: { default: c.uploads.mediaBytes, avatar: c.uploads.avatarBytes, banner: c.uploads.bannerBytes },
              baseUrl: c.baseUrl,
              version: CONVENE_VERSION,
              defaultLocale: c.defaultLocale,
              geocoding: geocodingSettings(c),
            },
            store,
            anonymous,
          ),
        inject: [APP_CONFIG, InstanceSettingsStore, AnonymousParticipation],
      },
    }),
    AccountsModule,
    IdentitiesModule,
    MediaModule,
    EventsModule,
    ParticipationsModule,
    CommentsModule,
    GeocodingModule,
    FeedsModule,
    HttpPagesModule,
    AdministrationModule,
    ReportsModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: GraphqlErrorFilter },
    { provide: APP_PIPE, useFactory: argumentsValidationPipe },
    {
      provide: BearerStrategy,
      useFactory: (p: AppPassport, t: AccessTokens, u: UserRepository) => new BearerStrategy(p, t, u),
      inject: [AppPassport, AccessTokens, UserRepository],
    },
    BearerAuthGuard,
    // Every HTTP route and GraphQL operation: the same guard resolves the viewer.
    { provide: APP_GUARD, useExisting: BearerAuthGuard },
  ],
})
export class GraphqlApiModule implements NestModule {
  constructor(
    @Inject(BearerAuthGuard) private readonly bearer: BearerAuthGuard,
    @Inject(UploadLimits) private readonly limits: UploadLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    // A little room above the largest upload for the other form fields.
    const multipart = new MultipartUpload({ maxTotalBytes: this.limits.largest + 1024 * 1024 });
    // On /api the guard runs before GraphQL: a refused token is answered with HTTP 401.
    consumer.apply(this.bearer.asMiddleware(), multipart.use, batchLimit(this.config.graphqlLimits)).forRoutes('api');
  }
}
