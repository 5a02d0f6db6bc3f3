import { isMainThread, parentPort } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { packageInfo } from '../node/packageInfo';
import { tuneHeap } from './heap';
import { describe } from './runner';
import { startServer } from './server';
import { runValidationWorker } from './validationWorker';

if (!isMainThread && parentPort) runValidationWorker(parentPort); // big documents' checks: workerValidation.ts
else main();

/**
 * Entry point: `--stdio`, `--node-ipc` or `--socket=N` (read by vscode-languageserver from argv), and
 * `--clientProcessId=N` so the server exits when its editor dies.
 */
function main(): void {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('Usage: imagebuilder-language-server --stdio | --node-ipc | --socket=<port> [--clientProcessId=<pid>]\n'
      + '       imagebuilder-language-server --version\n');
    process.exit(0);
  }
  if (process.argv.includes('--version')) {
    process.stdout.write(`${packageInfo().version}\n`);
    process.exit(0);
  }
  if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.stderr.write('imagebuilder-language-server: choose a transport: --stdio, --node-ipc or --socket=<port>\n');
    process.exit(2);
  }
  tuneHeap();
  const connection = createConnection(ProposedFeatures.all);
  process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${describe(error)}`));
  process.on('unhandledRejection', (error) => connection.console.error(`unhandled rejection: ${describe(error)}`));
  startServer(connection);
}
