// Hand-written, reviewed migrations, in order. Add new ones at the end.
import type { MigrationInterface } from 'typeorm';

export const migrations: (new () => MigrationInterface)[] = [];
