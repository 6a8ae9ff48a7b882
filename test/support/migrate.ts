import { createDataSource, runMigrations } from '../../src/adapters/typeorm/data-source.js';

const dataSource = createDataSource(process.env.TEST_DATABASE_URL!);
await dataSource.initialize();
await runMigrations(dataSource);
await dataSource.destroy();
