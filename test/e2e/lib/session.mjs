// One VS Code test session: @vscode/test-electron's runTests() with code-shim.cjs standing in for the VS Code binary.
// usage: node session.mjs --tests <out/…/index.js> --dev <extension dir> [--dev …] [--folder <workspace dir>]
// Exit code 0 when the suites passed. Env (CODE_SERVER_ENTRY, E2E_*) flows through to the extension host.
import { runTests } from '@vscode/test-electron';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { tests: { type: 'string' }, dev: { type: 'string', multiple: true }, folder: { type: 'string' } } });
if (!values.tests || !values.dev?.length) {
  console.error('usage: node session.mjs --tests <index.js> --dev <extension dir> [--folder <dir>]');
  process.exit(2);
}
try {
  await runTests({
    vscodeExecutablePath: resolve(dirname(fileURLToPath(import.meta.url)), '..', 'code-shim.cjs'),
    extensionDevelopmentPath: values.dev.map((p) => resolve(p)),
    extensionTestsPath: resolve(values.tests),
    launchArgs: values.folder ? [resolve(values.folder)] : [],
    reuseMachineInstall: true, // the shim makes its own fresh profile; skip test-electron's --user-data-dir/--extensions-dir
  });
} catch (error) {
  console.error(`session: ${error.message}`);
  process.exit(1);
}
