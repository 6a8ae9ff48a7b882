import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Inject, Logger, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { ConfigGraphqlModule } from '../adapters/graphql/config/config-graphql.module.js';
import { StaticInstanceSettings } from '../adapters/graphql/config/instance-settings.js';
import { CONVENE_VERSION } from '../adapters/graphql/config/version.js';
import { authMiddleware } from '../adapters/graphql/shared/auth.middleware.js';
import type { GqlContext } from '../adapters/graphql/shared/context.js';
import { errorShapePlugin } from '../adapters/graphql/shared/error-shape.plugin.js';
import { GraphqlErrorFilter } from '../adapters/graphql/shared/graphql-error.filter.js';
import { MultipartUpload } from '../adapters/graphql/shared/multipart-upload.js';
import { UploadScalar } from '../adapters/graphql/shared/upload.scalar.js';
import { AccessTokens, UserRepository } from '../domain/accounts/index.js';
import { UploadLimits } from '../domain/media/index.js';
import { AnonymousParticipation } from '../domain/participations/index.js';
import { AccountsModule } from './accounts.module.js';
import type { AppConfig } from './config/app-config.js';
import { IdentitiesModule } from './identities.module.js';
import { EventsModule } from './events.module.js';
import { FeedsModule } from './feeds.module.js';
import { HttpPagesModule } from './http-pages.module.js';
import { GeocodingModule, geocodingSettings } from './geocoding.module.js';
import { MediaModule } from './media.module.js';
import { ParticipationsModule } from './participations.module.js';
import { APP_CONFIG } from './tokens.js';

const logger = new Logger('GraphQL');

function settingsFrom(c: AppConfig, anonymousActorId: string | null): StaticInstanceSettings {
  return new StaticInstanceSettings({
    name: c.instanceName,
    description: 'A Convene instance: events and groups, federated.',
    longDescription: '',
    slogan: null,
    contact: null,
    registrationsOpen: c.registrationsOpen,
    registrationsAllowlist: false,
    // Without the anonymous actor (its name held by an account) nobody can participate anonymously.
    anonymousParticipation: { allowed: c.anonymousParticipation && anonymousActorId !== null, emailConfirmationRequired: true },
    anonymousReports: false,
    anonymousActorId,
    rules: '',
    termsType: 'DEFAULT',
    termsUrl: null,
    termsContent: null,
    privacyType: 'DEFAULT',
    privacyUrl: null,
    privacyContent: null,
    languages: ['en', 'fr'],
    primaryColor: null,
    secondaryColor: null,
    uploadLimits: { default: c.uploads.mediaBytes, avatar: c.uploads.avatarBytes, banner: c.uploads.bannerBytes },
    baseUrl: c.baseUrl,
    version: CONVENE_VERSION,
    defaultLocale: c.defaultLocale,
    geocoding: geocodingSettings(c),
  });
}

/** `POST /api`: Mobilizon's GraphQL dialect. */
@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      path: '/api',
      autoSchemaFile: true,
      sortSchema: true,
      introspection: true,
      playground: false,
      includeStacktraceInErrorResponses: false,
      resolvers: { Upload: UploadScalar },
      plugins: [errorShapePlugin],
      formatError: (formatted, error) => {
        // Only failures of ours are logged; the client's mistakes are answered, not logged.
        if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
          const original = (error as { originalError?: unknown }).originalError ?? error;
          logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
        }
        return formatted;
      },
      context: ({ req }: { req: Request }): GqlContext => ({ req, viewer: req.viewer ?? null, ip: req.ip ?? null }),
    }),
    ConfigGraphqlModule.register({
      imports: [ParticipationsModule],
      settings: {
        useFactory: async (c: AppConfig, anonymous: AnonymousParticipation) => settingsFrom(c, (await anonymous.settings()).actorId),
        inject: [APP_CONFIG, AnonymousParticipation],
      },
    }),
    AccountsModule,
    IdentitiesModule,
    MediaModule,
    EventsModule,
    ParticipationsModule,
    GeocodingModule,
    FeedsModule,
    HttpPagesModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: GraphqlErrorFilter }],
})
export class GraphqlApiModule implements NestModule {
  constructor(
    @Inject(AccessTokens) private readonly tokens: AccessTokens,
    @Inject(UserRepository) private readonly users: UserRepository,
    @Inject(UploadLimits) private readonly limits: UploadLimits,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    // A little room above the largest upload for the other form fields.
    const multipart = new MultipartUpload({ maxTotalBytes: this.limits.largest + 1024 * 1024 });
    consumer.apply(authMiddleware(this.tokens, this.users), multipart.use).forRoutes('api');
  }
}
