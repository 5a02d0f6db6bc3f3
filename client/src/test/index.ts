// extensionTestsPath module: the editor calls run(); resolving = pass, rejecting = fail.
import { CASES } from './cases';
import { runCases, writeResults } from './harness';

export async function run(): Promise<void> {
  const results = await runCases(CASES);
  writeResults(results);
  const failed = results.filter(r => !r.ok);
  if (failed.length) throw new Error(`${failed.length} of ${results.length} editor checks failed: ${failed.map(f => f.name).join('; ')}`);
}
