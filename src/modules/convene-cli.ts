// The `convene` admin CLI as a function of its process (arguments, environment, standard streams):
// src/cli.ts hands it the real ones and exits with its code; tests run it in process.
import { createInterface } from 'node:readline/promises';
import { parseArgs, USAGE } from '../adapters/cli/parse-args.js';
import { EXIT, runCli, type CliIo, type CliServices } from '../adapters/cli/run-cli.js';
import { openCliContext, type CliContext } from './cli.module.js';
import { ConfigError, loadConfig } from './config/app-config.js';

export interface CliProcess {
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

function ioOf(proc: CliProcess): CliIo {
  return {
    out: (line) => proc.stdout.write(`${line}\n`),
    err: (line) => proc.stderr.write(`${line}\n`),
    interactive: Boolean(proc.stdin.isTTY && proc.stdout.isTTY),
    async ask(question) {
      const rl = createInterface({ input: proc.stdin, output: proc.stdout });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
  };
}

async function main(argv: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`convene: ${parsed.error}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const command = parsed.command;
  let context: CliContext | null = null;
  const services = async (): Promise<CliServices> => {
    // Not argv: `--role` is a CLI option here, not the server's process role.
    const config = loadConfig(env, []);
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

/** Runs one `convene` command line; answers the exit code (it never exits the process itself). */
export async function runConveneCli(argv: string[], proc: CliProcess): Promise<number> {
  const io = ioOf(proc);
  try {
    return await main(argv, proc.env, io);
  } catch (error) {
    // Configuration and infrastructure failures: one line, no stack (LOG_LEVEL=debug shows it).
    const message = error instanceof Error ? error.message : String(error);
    io.err(`convene: ${error instanceof ConfigError ? 'invalid configuration: ' : ''}${message}`);
    if (proc.env.LOG_LEVEL === 'debug' || proc.env.LOG_LEVEL === 'verbose') console.error(error);
    return EXIT.failed;
  }
}
