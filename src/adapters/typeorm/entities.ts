// Every TypeORM entity of the app; each adapter module adds its records here.
import { UserRecord } from './accounts/user.record.js';
import { ActorRecord } from './identities/actor.record.js';

export const entities: Function[] = [UserRecord, ActorRecord];
