// Runs the *.suite.js bundles next to the calling index.js inside the VS Code extension host, and writes a
// machine-readable result for test/e2e/run.mjs (E2E_RESULT_FILE), which prints the overall "e2e: N passed, N failed".
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface SessionResult {
  passed: number;
  failed: number;
  pending: number;
  failures: string[];
}

export function runSuitesIn(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: Number(process.env.E2E_TEST_TIMEOUT_MS) || 30_000, reporter: 'spec' });
  const grep = process.env.E2E_GREP;
  if (grep) mocha.grep(grep);
  // Sorted, so the numbered files run in order (01-activation must run before anything opens a claim).
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.suite.js')).sort()) mocha.addFile(join(dir, file));

  return new Promise((resolve, reject) => {
    const result: SessionResult = { passed: 0, failed: 0, pending: 0, failures: [] };
    // Saved after every test too, so a session killed by the launcher's timeout still reports its progress.
    const save = (): void => {
      const file = process.env.E2E_RESULT_FILE;
      if (file) writeFileSync(file, JSON.stringify(result));
    };
    const finish = (error?: Error): void => {
      save();
      if (error) reject(error);
      else if (result.failed > 0) reject(new Error(`${result.failed} test(s) failed`));
      else if (result.passed === 0) reject(new Error('no tests ran'));
      else resolve();
    };
    try {
      const runner = mocha.run(() => finish());
      runner.on('pass', () => result.passed++);
      runner.on('pending', () => result.pending++);
      runner.on('test end', save);
      runner.on('fail', (test, err) => {
        result.failed++;
        result.failures.push(`${test.fullTitle()}: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
      });
    } catch (error) {
      result.failed++;
      result.failures.push(`loading the suites: ${String(error)}`);
      finish(error as Error);
    }
  });
}
