// claimlint command line: the same core as the editor, for batch runs and CI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, USAGE } from './cli/args';
import { runCli } from './cli/run';
import { describeFailure } from './core/lint';

declare const CLAIMLINT_VERSION: string | undefined;
const version = typeof CLAIMLINT_VERSION === 'string' ? CLAIMLINT_VERSION : '0.0.0-dev';

// `claimlint … | head`: when the reader closes the pipe, stop writing and finish with the normal exit status,
// without a stack trace. Anything else going wrong with stdout is still an error.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    stdoutClosed = true;
    return;
  }
  process.stderr.write(`claimlint: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});
const writeOut = (text: string): void => {
  if (!stdoutClosed) process.stdout.write(text);
};

async function main(): Promise<number> {
  const parsed = parseArgs(process.argv.slice(2));
  switch (parsed.kind) {
    case 'help':
      writeOut(USAGE + '\n');
      return 0;
    case 'version':
      writeOut(version + '\n');
      return 0;
    case 'error':
      process.stderr.write(`claimlint: ${parsed.message}\n\n${USAGE}\n`);
      return 2;
  }
  const workerPath = join(__dirname, 'cliWorker.js');
  return runCli(parsed.options, {
    cwd: process.cwd(),
    stdout: writeOut,
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
