// Every TypeORM entity of the app; each adapter module adds its records here.
export const entities: Function[] = [];
