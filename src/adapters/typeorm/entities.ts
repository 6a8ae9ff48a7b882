// Every TypeORM entity of the app; each adapter module adds its records here.
import { UserRecord } from './accounts/user.record.js';
import { ActorRecord } from './identities/actor.record.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM types entity classes as Function
export const entities: Function[] = [UserRecord, ActorRecord];
