import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfiguredAnonymousParticipation } from '../adapters/config/configured-anonymous-participation.js';
import { DeletedParticipantResolver, ParticipationResolver } from '../adapters/graphql/participations/participation.resolver.js';
import {
  EventOptionsCapacityResolver,
  EventParticipantsResolver,
  PersonParticipationsResolver,
  UserParticipationsResolver,
} from '../adapters/graphql/participations/participant-lists.resolver.js';
import { IcsEventCalendarFile } from '../adapters/calendar/ics-event-calendar-file.js';
import { TypeOrmAnonymousActor } from '../adapters/typeorm/participations/typeorm-anonymous-actor.js';
import { TypeOrmParticipationRepository } from '../adapters/typeorm/participations/typeorm-participation.repository.js';
import { UserRepository } from '../domain/accounts/index.js';
import { InstanceSettingsStore } from '../domain/administration/index.js';
import { EventRepository } from '../domain/events/index.js';
import { PersonRepository } from '../domain/identities/index.js';
import {
  AnonymousParticipation,
  ConfirmParticipation,
  CountParticipants,
  EventCalendarFile,
  JoinEvent,
  LeaveEvent,
  ListEventParticipants,
  ListPersonParticipations,
  ListUserParticipations,
  ParticipationRepository,
  SendParticipationEmail,
  UpdateParticipation,
  WithdrawSuspendedParticipant,
} from '../domain/participations/index.js';
import { Clock, Mailer, RateLimiter, TokenGenerator } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

@Module({
  providers: [
    { provide: ParticipationRepository, useFactory: (ds: DataSource) => new TypeOrmParticipationRepository(ds), inject: [DataSource] },
    {
      provide: AnonymousParticipation,
      useFactory: (ds: DataSource, c: AppConfig, s: InstanceSettingsStore) =>
        new ConfiguredAnonymousParticipation(s, new TypeOrmAnonymousActor(ds, c.baseUrl)),
      inject: [DataSource, APP_CONFIG, InstanceSettingsStore],
    },
    {
      provide: EventCalendarFile,
      useFactory: (c: AppConfig) => new IcsEventCalendarFile({ name: c.instanceName, baseUrl: c.baseUrl }),
      inject: [APP_CONFIG],
    },
    useCase(JoinEvent, [
      EventRepository,
      ParticipationRepository,
      PersonRepository,
      UserRepository,
      AnonymousParticipation,
      TokenGenerator,
      RateLimiter,
      Clock,
    ]),
    useCase(LeaveEvent, [
      EventRepository,
      ParticipationRepository,
      PersonRepository,
      UserRepository,
      AnonymousParticipation,
      TokenGenerator,
      Clock,
    ]),
    useCase(UpdateParticipation, [EventRepository, ParticipationRepository, PersonRepository, UserRepository, Clock]),
    useCase(ConfirmParticipation, [EventRepository, ParticipationRepository, TokenGenerator, Clock]),
    useCase(ListEventParticipants, [EventRepository, ParticipationRepository, PersonRepository, UserRepository]),
    useCase(CountParticipants, [ParticipationRepository]),
    useCase(ListPersonParticipations, [ParticipationRepository, PersonRepository, UserRepository]),
    useCase(ListUserParticipations, [ParticipationRepository, PersonRepository, Clock]),
    useCase(WithdrawSuspendedParticipant, [PersonRepository, ParticipationRepository, EventRepository, Clock]),
    {
      provide: SendParticipationEmail,
      useFactory: (
        p: ParticipationRepository,
        e: EventRepository,
        pr: PersonRepository,
        u: UserRepository,
        t: TokenGenerator,
        f: EventCalendarFile,
        m: Mailer,
        cl: Clock,
        c: AppConfig,
      ) => new SendParticipationEmail(p, e, pr, u, t, f, m, cl, c.defaultLocale),
      inject: [
        ParticipationRepository,
        EventRepository,
        PersonRepository,
        UserRepository,
        TokenGenerator,
        EventCalendarFile,
        Mailer,
        Clock,
        APP_CONFIG,
      ],
    },
    ParticipationResolver,
    DeletedParticipantResolver,
    EventParticipantsResolver,
    EventOptionsCapacityResolver,
    PersonParticipationsResolver,
    UserParticipationsResolver,
  ],
  exports: [ParticipationRepository, AnonymousParticipation, CountParticipants, SendParticipationEmail, WithdrawSuspendedParticipant],
})
export class ParticipationsModule {}
