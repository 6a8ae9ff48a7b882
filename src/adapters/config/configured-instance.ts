import { InstanceIdentity } from '../../domain/identities/index.js';

/** The instance's public address, as BASE_URL configures it. */
export class ConfiguredInstance extends InstanceIdentity {
  constructor(private readonly url: string) {
    super();
  }
  baseUrl(): string {
    return this.url;
  }
}
