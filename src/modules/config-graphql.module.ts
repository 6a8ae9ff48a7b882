import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { ConfigResolver } from '../adapters/graphql/config/config.resolver.js';
import { InstanceSettingsSource } from '../domain/administration/index.js';

/** How to obtain the instance settings: a class, a ready value, or a factory with its injections. */
export type InstanceSettingsProvider =
  | { useClass: Type<InstanceSettingsSource> }
  | { useValue: InstanceSettingsSource }
  | { useFactory: (...deps: never[]) => InstanceSettingsSource | Promise<InstanceSettingsSource>; inject?: unknown[] };

/**
 * The `config` query. Either import `ConfigGraphqlModule.register({ settings, imports })`, or import
 * the bare module when a global module already provides `InstanceSettingsSource`.
 */
@Module({ providers: [ConfigResolver] })
export class ConfigGraphqlModule {
  static register(options: { settings: InstanceSettingsProvider; imports?: ModuleMetadata['imports'] }): DynamicModule {
    return {
      module: ConfigGraphqlModule,
      imports: options.imports ?? [],
      providers: [{ provide: InstanceSettingsSource, ...options.settings } as never],
      exports: [InstanceSettingsSource],
    };
  }
}
