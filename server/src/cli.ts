// claimlint command line: the same core as the editor, for batch runs and CI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, USAGE } from './cli/args';
import { runCli } from './cli/run';
import { describeFailure } from './core/lint';

declare const CLAIMLINT_VERSION: string | undefined;
const version = typeof CLAIMLINT_VERSION === 'string' ? CLAIMLINT_VERSION : '0.0.0-dev';

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    case 'version':
      process.stdout.write(version + '\n');
      return 0;
    case 'error':
      process.stderr.write(`claimlint: ${parsed.message}\n\n${USAGE}\n`);
      return 2;
  }
  const workerPath = join(__dirname, 'cliWorker.js');
  return runCli(parsed.options, {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    workerPath: existsSync(workerPath) ? workerPath : undefined,
    version,
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    // Never a stack trace with claim content: the message only.
    process.stderr.write(`claimlint: internal error: ${describeFailure(error)}\n`);
    process.exitCode = 2;
  },
);
