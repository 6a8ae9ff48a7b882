// Hand-written, reviewed migrations, in order. Add new ones at the end.
import type { MigrationInterface } from 'typeorm';
import { Accounts1764100000000 } from './1764100000000-accounts.js';
import { CreateJobs1795663268284 } from './1795663268284-CreateJobs.js';
import { CreateOutbox1795663268285 } from './1795663268285-CreateOutbox.js';
import { CreateRateLimits1795663268286 } from './1795663268286-CreateRateLimits.js';
import { Media1764100000100 } from './1764100000100-media.js';
import { ActorMediaFk1795663268300 } from './1795663268300-actor-media-fk.js';
import { Events1795663268400 } from './1795663268400-events.js';
import { Participations1795663268500 } from './1795663268500-participations.js';
import { ParticipationTokens1795663268600 } from './1795663268600-participation-tokens.js';
import { FeedTokens1795663268700 } from './1795663268700-feed-tokens.js';
import { Notifications1795663268800 } from './1795663268800-notifications.js';
import { ActionLogs1795663268900 } from './1795663268900-action-logs.js';
import { InstanceSettings1795663269100 } from './1795663269100-instance-settings.js';
import { Reports1795663269000 } from './1795663269000-reports.js';
import { Comments1795663269200 } from './1795663269200-comments.js';
import { MediaOneIdentity1795663269410 } from './1795663269410-media-one-identity.js';
import { MediaNames1795663269420 } from './1795663269420-media-names.js';

export const migrations: (new () => MigrationInterface)[] = [
  Accounts1764100000000,
  CreateJobs1795663268284,
  CreateOutbox1795663268285,
  CreateRateLimits1795663268286,
  Media1764100000100,
  ActorMediaFk1795663268300,
  Events1795663268400,
  Participations1795663268500,
  ParticipationTokens1795663268600,
  FeedTokens1795663268700,
  Notifications1795663268800,
  ActionLogs1795663268900,
  Reports1795663269000,
  Comments1795663269200,
  InstanceSettings1795663269100,
  MediaOneIdentity1795663269410,
  MediaNames1795663269420,
];
