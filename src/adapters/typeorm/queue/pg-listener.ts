// A dedicated Postgres connection that LISTENs on one channel. Pooled connections cannot be used:
// a notification only reaches the session that listens. Losing it is harmless (callers also
// poll), so errors are logged and the connection is re-opened after a pause.
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

// The slice of node-postgres' Client we use (the project has no @types/pg).
interface ListenClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): void;
  on(event: 'error' | 'end', listener: (error?: Error) => void): void;
}
type ClientConstructor = new (config: Record<string, unknown>) => ListenClient;

const RECONNECT_DELAY_MS = 2000;

export class PgListener {
  private client: ListenClient | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly dataSource: DataSource,
    private readonly channel: string,
    private readonly onNotify: (payload: string) => void,
    private readonly log: (line: string) => void = () => {},
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid LISTEN channel: ${channel}`);
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    this.reconnectTimer = null;
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new (this.clientClass())(this.connectionConfig());
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onNotify(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${this.channel}`);
      if (this.stopped) {
        await client.end().catch(() => {});
        return;
      }
      this.client = client;
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private lost(client: ListenClient, error?: Error): void {
    if (this.stopped) return;
    if (this.client && this.client !== client) return;
    this.client = null;
    client.end().catch(() => {});
    if (this.reconnectTimer) return;
    this.log(`LISTEN ${this.channel}: connection lost (${error?.message ?? 'closed'}), polling until it is back`);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, RECONNECT_DELAY_MS);
    this.reconnectTimer.unref();
  }

  private clientClass(): ClientConstructor {
    if (this.dataSource.options.type !== 'postgres') throw new Error('PgListener needs a postgres DataSource');
    return (this.dataSource.driver as PostgresDriver).postgres.Client as ClientConstructor;
  }

  // Same credentials as the DataSource's pool (see TypeORM's PostgresDriver.createPool).
  private connectionConfig(): Record<string, unknown> {
    const options = this.dataSource.options;
    if (options.type !== 'postgres') throw new Error('PgListener needs a postgres DataSource');
    return {
      connectionString: options.url,
      host: options.host,
      port: options.port,
      user: options.username,
      password: options.password,
      database: options.database,
      ssl: options.ssl,
      application_name: 'convene-listen',
    };
  }
}
