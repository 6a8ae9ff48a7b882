import { Module } from '@nestjs/common';
import { AccountResolver } from '../adapters/graphql/accounts/account.resolver.js';
import { Argon2PasswordHasher } from '../adapters/crypto/argon2-password-hasher.js';
import { JwtAccessTokens } from '../adapters/crypto/jwt-access-tokens.js';
import { LocalStrategy } from '../adapters/graphql/accounts/local.strategy.js';
import { AppPassport } from '../adapters/shared/app-passport.js';
import {
  AccessTokens,
  ChangeEmail,
  ChangePassword,
  ConfirmUser,
  LogIn,
  LogOut,
  OneTimeTokens,
  PasswordHasher,
  RefreshSession,
  RegisterUser,
  RegistrationRules,
  RequestPasswordReset,
  ResendConfirmation,
  ResetPassword,
  SendAccountEmail,
  Sessions,
  UpdateActivitySetting,
  UpdateLocale,
  UpdateUserSettings,
  UserRepository,
  ValidateEmail,
} from '../domain/accounts/index.js';
import { InstanceSettingsStore, SettingsRegistrationRules, DeleteAccount, ListUsers } from '../domain/administration/index.js';
import { PersonRepository } from '../domain/identities/index.js';
import { ActionLog } from '../domain/moderation/index.js';
import { Clock, Mailer, RateLimiter } from '../domain/shared/index.js';
import type { AppConfig } from './config/app-config.js';
import { APP_CONFIG } from './tokens.js';
import { useCase } from './use-case.js';

@Module({
  providers: [
    { provide: PasswordHasher, useFactory: () => new Argon2PasswordHasher() },
    { provide: AccessTokens, useFactory: (c: AppConfig) => new JwtAccessTokens(c.jwtSecret, c.baseUrl), inject: [APP_CONFIG] },
    // The saved admin settings decide (registrations open, allow-list); the environment gives the defaults.
    {
      provide: RegistrationRules,
      useFactory: (s: InstanceSettingsStore, c: AppConfig) => new SettingsRegistrationRules(s, c.defaultLocale),
      inject: [InstanceSettingsStore, APP_CONFIG],
    },
    useCase(RegisterUser, [UserRepository, PasswordHasher, RegistrationRules, RateLimiter, Clock]),
    useCase(ConfirmUser, [UserRepository, OneTimeTokens, Sessions, AccessTokens, Clock]),
    useCase(ResendConfirmation, [UserRepository, RateLimiter, Clock]),
    useCase(LogIn, [UserRepository, PasswordHasher, Sessions, AccessTokens, RateLimiter, Clock]),
    useCase(RefreshSession, [UserRepository, Sessions, AccessTokens, Clock]),
    useCase(LogOut, [Sessions]),
    useCase(RequestPasswordReset, [UserRepository, RateLimiter, Clock]),
    useCase(ResetPassword, [UserRepository, OneTimeTokens, PasswordHasher, Sessions, AccessTokens, Clock]),
    useCase(ChangePassword, [UserRepository, PasswordHasher, Sessions, Clock]),
    useCase(ChangeEmail, [UserRepository, PasswordHasher, RateLimiter, Clock]),
    useCase(ValidateEmail, [UserRepository, OneTimeTokens, Clock]),
    useCase(DeleteAccount, [UserRepository, PasswordHasher, Clock, ActionLog, PersonRepository]),
    useCase(UpdateUserSettings, [UserRepository]),
    useCase(UpdateLocale, [UserRepository]),
    useCase(UpdateActivitySetting, [UserRepository]),
    useCase(ListUsers, [UserRepository]),
    useCase(SendAccountEmail, [UserRepository, OneTimeTokens, Mailer, Clock]),
    // One Passport per app (see AppPassport); the strategies register on it when they are built.
    { provide: AppPassport, useFactory: () => new AppPassport() },
    { provide: LocalStrategy, useFactory: (p: AppPassport, logIn: LogIn) => new LocalStrategy(p, logIn), inject: [AppPassport, LogIn] },
    AccountResolver,
  ],
  exports: [AccessTokens, PasswordHasher, SendAccountEmail, RegisterUser, AppPassport],
})
export class AccountsModule {}
