// Entry for the packaged-.vsix smoke session: runs the smoke suites in this folder against the installed extension.
import { runSuitesIn } from '../lib/mochaRunner';

export function run(): Promise<void> {
  return runSuitesIn(__dirname);
}
