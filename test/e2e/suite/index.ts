// Entry the extension host loads (extensionTestsPath): runs the extension-host suites in this folder.
import { runSuitesIn } from '../lib/mochaRunner';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}
