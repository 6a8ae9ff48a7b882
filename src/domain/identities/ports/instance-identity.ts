/** Facts about this instance that identities need (their URLs are built from it). */
export abstract class InstanceIdentity {
  abstract baseUrl(): string;
}
