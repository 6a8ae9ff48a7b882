#!/usr/bin/env node
import { ConfigError, loadConfig, type AppConfig } from './modules/config/app-config.js';

let config: AppConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`convene: invalid configuration: ${error.message}`);
    process.exit(2);
  }
  throw error;
}

const started = Date.now();
// Loaded after the configuration is known good, so a bad value costs no framework start-up.
const { startConvene } = await import('./app.js');
let convene: Awaited<ReturnType<typeof startConvene>>;
try {
  convene = await startConvene(config);
} catch (error) {
  // Infrastructure failures at start (database unreachable, embedded PostgreSQL impossible): one
  // line saying what to do; the stack only when asked for.
  const message = error instanceof Error ? error.message : String(error);
  const verbose = config.logLevel === 'debug' || config.logLevel === 'verbose';
  console.error(`convene: could not start: ${message}${verbose ? '' : ' (LOG_LEVEL=debug shows the details)'}`);
  if (verbose) console.error(error);
  process.exit(1);
}
console.log(
  `convene: ${config.role === 'worker' ? 'worker running' : `listening on ${convene.url}/api (public URL ${config.baseUrl})`}, role ${config.role}, ready in ${Date.now() - started} ms`,
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`convene: ${signal} received, finishing in-flight work`);
    convene.close().then(
      () => process.exit(0),
      (error) => {
        console.error('convene: unclean shutdown', error);
        process.exit(1);
      },
    );
  });
}
