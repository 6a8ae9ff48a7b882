// Entry of the `convene` admin CLI (bin/convene.js runs its compiled form). Same configuration and
// database as the server; see `convene --help`.
import 'reflect-metadata';
import { runConveneCli } from './modules/convene-cli.js';

const code = await runConveneCli(process.argv.slice(2), {
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
// Exit explicitly, with the command's code, whatever handles are still open.
process.exit(code);
