import { ResolvedExpression } from '../model/references';
import { Reporter } from './reporter';

/** Expressions that name nothing, or something they may not use from where they are. */
export function reportReferences(expressions: readonly ResolvedExpression[], r: Reporter): void {
  for (const { resolution } of expressions) {
    const problem = resolution.problem;
    if (!problem) continue;
    const fixes = problem.suggestion !== undefined
      ? [{ title: `Change to '${problem.suggestion}'`, preferred: true, edits: [{ offset: problem.offset, length: problem.length, newText: problem.suggestion }] }]
      : undefined;
    r.add(problem, problem.code, problem.message, { fixes });
  }
}
