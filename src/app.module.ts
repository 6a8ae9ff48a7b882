import { Module, type DynamicModule } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './modules/config/app-config.js';
import { CoreModule } from './modules/core.module.js';
import { GraphqlApiModule } from './modules/graphql-api.module.js';
import { OperationsModule } from './modules/operations.module.js';
import { PersistenceModule } from './modules/persistence.module.js';
import { WorkerModule } from './modules/worker.module.js';

/** The role decides what runs: `api` serves HTTP, `worker` runs jobs, `all` both. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource, log: (line: string) => void): DynamicModule {
    const serves = config.role !== 'worker';
    const works = config.role !== 'api';
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource, log),
        PersistenceModule,
        ...(serves ? [GraphqlApiModule, OperationsModule] : []),
        ...(works ? [WorkerModule] : []),
      ],
    };
  }
}
