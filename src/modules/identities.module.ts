import { Module } from '@nestjs/common';
import { ConfiguredInstance } from '../adapters/config/configured-instance.js';
import { PersonResolver } from '../adapters/graphql/identities/person.resolver.js';
import { UserRepository } from '../domain/accounts/index.js';
import {
  ChangeDefaultIdentity,
  CreatePerson,
  DeletePerson,
  InstanceIdentity,
  MediaOwnership,
  PersonRepository,
  RegisterPerson,
  UpdatePerson,
} from '../domain/identities/index.js';
import { MediaRepository, RepositoryMediaOwnership } from '../domain/media/index.js';
import { Clock } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { MediaModule } from './media.module.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

@Module({
  imports: [MediaModule],
  providers: [
    { provide: InstanceIdentity, useFactory: (c: AppConfig) => new ConfiguredInstance(c.baseUrl), inject: [APP_CONFIG] },
    useCase(RepositoryMediaOwnership, [MediaRepository]),
    { provide: MediaOwnership, useExisting: RepositoryMediaOwnership },
    useCase(CreatePerson, [PersonRepository, UserRepository, MediaOwnership, InstanceIdentity, Clock]),
    useCase(RegisterPerson, [UserRepository, PersonRepository, CreatePerson, Clock]),
    useCase(UpdatePerson, [PersonRepository, MediaOwnership, Clock]),
    useCase(DeletePerson, [PersonRepository, UserRepository, Clock]),
    useCase(ChangeDefaultIdentity, [PersonRepository, UserRepository]),
    PersonResolver,
  ],
  exports: [CreatePerson, InstanceIdentity, MediaOwnership],
})
export class IdentitiesModule {}
