// Worker thread for the CLI: lints its share of files and posts the reports back.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerRequest } from './cli/run';
import { lintFile } from './cli/lintFile';
import { unreadableReport } from './cli/report';
import { describeFailure } from './core/lint';
import { knowledgeFor } from './knowledgeSource';

const request = workerData as WorkerRequest;
const knowledge = knowledgeFor(request.crosswalk).knowledge;
const reports = request.files.map((file) => {
  try {
    return lintFile(file, { config: request.rawConfig, knowledge, fix: request.fix, backup: request.backup });
  } catch (error) {
    return unreadableReport(file, `internal error: ${describeFailure(error)}`);
  }
});
parentPort?.postMessage(reports);
