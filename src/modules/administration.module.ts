import { Module } from '@nestjs/common';
import { AdminResolver } from '../adapters/graphql/administration/admin.resolver.js';
import { UserRepository } from '../domain/accounts/index.js';
import {
  AdminUpdateUser,
  GetAdminSettings,
  GetDashboard,
  GetStatistics,
  InstanceSettingsStore,
  InstanceStatistics,
  ListProfiles,
  SaveAdminSettings,
  ViewUser,
} from '../domain/administration/index.js';
import { EventRepository } from '../domain/events/index.js';
import { PersonRepository } from '../domain/identities/index.js';
import { MediaRepository } from '../domain/media/index.js';
import { ActionLog } from '../domain/moderation/index.js';
import { Clock } from '../domain/shared/index.js';
import { MediaModule } from './media.module.js';
import { useCase } from './use-case.js';

/** users/user/persons, dashboard, statistics, admin settings, adminUpdateUser (GraphQL role only). */
@Module({
  imports: [MediaModule],
  providers: [
    useCase(ViewUser, [UserRepository]),
    useCase(ListProfiles, [UserRepository, InstanceStatistics, PersonRepository]),
    useCase(GetDashboard, [UserRepository, InstanceStatistics, EventRepository]),
    useCase(GetStatistics, [InstanceStatistics]),
    useCase(GetAdminSettings, [UserRepository, InstanceSettingsStore]),
    useCase(SaveAdminSettings, [UserRepository, PersonRepository, InstanceSettingsStore, MediaRepository, ActionLog, Clock]),
    useCase(AdminUpdateUser, [UserRepository, PersonRepository, ActionLog, Clock]),
    AdminResolver,
  ],
})
export class AdministrationModule {}
