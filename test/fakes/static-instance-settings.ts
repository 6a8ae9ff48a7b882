import { InstanceSettingsSource, type InstanceSettings } from '../../src/domain/administration/index.js';

/** A fixed settings source (tests). */
export class StaticInstanceSettings extends InstanceSettingsSource {
  constructor(private readonly value: InstanceSettings) {
    super();
  }

  override async current(): Promise<InstanceSettings> {
    return this.value;
  }
}
