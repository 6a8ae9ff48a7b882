import { Global, Module, type Provider } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TypeOrmOneTimeTokens } from '../adapters/typeorm/accounts/typeorm-one-time-tokens.js';
import { TypeOrmSessions } from '../adapters/typeorm/accounts/typeorm-sessions.js';
import { TypeOrmUserRepository } from '../adapters/typeorm/accounts/typeorm-user.repository.js';
import { TypeOrmCommentRepository } from '../adapters/typeorm/comments/typeorm-comment.repository.js';
import { TypeOrmEventRepository } from '../adapters/typeorm/events/typeorm-event.repository.js';
import { TypeOrmActionLog } from '../adapters/typeorm/moderation/typeorm-action-log.js';
import { TypeOrmInstanceSettingsStore } from '../adapters/typeorm/administration/typeorm-instance-settings-store.js';
import { TypeOrmInstanceStatistics } from '../adapters/typeorm/administration/typeorm-instance-statistics.js';
import { InstanceSettingsStore, InstanceStatistics } from '../domain/administration/index.js';
import type { AppConfig } from './config/app-config.js';
import { defaultAdminSettings } from './config/instance-settings-defaults.js';
import { APP_CONFIG } from './tokens.js';
import { TypeOrmPersonRepository } from '../adapters/typeorm/identities/typeorm-person.repository.js';
import { TypeOrmMediaRepository } from '../adapters/typeorm/media/typeorm-media.repository.js';
import { OneTimeTokens, Sessions, UserRepository } from '../domain/accounts/index.js';
import { CommentRepository } from '../domain/comments/index.js';
import { EventRepository } from '../domain/events/index.js';
import { PersonRepository } from '../domain/identities/index.js';
import { MediaRepository } from '../domain/media/index.js';
import { ActionLog } from '../domain/moderation/index.js';
import { TokenGenerator } from '../domain/shared/index.js';

/** Every repository port bound to its Postgres adapter; shared by the domain modules. */
const providers: Provider[] = [
  { provide: UserRepository, useFactory: (ds: DataSource) => new TypeOrmUserRepository(ds), inject: [DataSource] },
  { provide: PersonRepository, useFactory: (ds: DataSource) => new TypeOrmPersonRepository(ds), inject: [DataSource] },
  { provide: ActionLog, useFactory: (ds: DataSource) => new TypeOrmActionLog(ds), inject: [DataSource] },
  // Admin settings: read by sign-up, participations and `config`; the environment gives the defaults.
  {
    provide: InstanceSettingsStore,
    useFactory: (ds: DataSource, c: AppConfig) => new TypeOrmInstanceSettingsStore(ds, defaultAdminSettings(c)),
    inject: [DataSource, APP_CONFIG],
  },
  { provide: InstanceStatistics, useFactory: (ds: DataSource) => new TypeOrmInstanceStatistics(ds), inject: [DataSource] },
  { provide: EventRepository, useFactory: (ds: DataSource) => new TypeOrmEventRepository(ds), inject: [DataSource] },
  { provide: CommentRepository, useFactory: (ds: DataSource) => new TypeOrmCommentRepository(ds), inject: [DataSource] },
  { provide: MediaRepository, useFactory: (ds: DataSource) => new TypeOrmMediaRepository(ds), inject: [DataSource] },
  {
    provide: OneTimeTokens,
    useFactory: (ds: DataSource, g: TokenGenerator) => new TypeOrmOneTimeTokens(ds, g),
    inject: [DataSource, TokenGenerator],
  },
  {
    provide: Sessions,
    useFactory: (ds: DataSource, g: TokenGenerator) => new TypeOrmSessions(ds, g),
    inject: [DataSource, TokenGenerator],
  },
];

@Global()
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- Nest types class tokens as Function
@Module({ providers, exports: providers.map((p) => (p as { provide: unknown }).provide as Function) })
export class PersistenceModule {}
