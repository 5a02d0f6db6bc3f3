import { Analysis } from './analysis';
import { KindSupport } from './kindSupport';
import { MAX_DEPTH } from './parse/types';
import { Problem } from './validation/problem';
import { schemaKeyProblems } from './validation/schemaKey';

/**
 * Problems every recognised kind can have: syntax, a `$schema` key (ignored, or rejected by the CLI in a request), size and depth limits. The
 * facade reports them for a file and, the same way, for each embedded region (`what` names it then).
 */
export function generalProblems(analysis: Analysis, support: KindSupport | undefined, what = 'This file'): Problem[] {
  const { parsed } = analysis;
  const errors = support?.filterSyntax ? support.filterSyntax(analysis, parsed.syntaxErrors) : parsed.syntaxErrors;
  const problems: Problem[] = errors.map((e) => ({
    offset: e.offset, length: e.length, code: 'syntax', message: e.message, severity: e.severity,
  }));
  problems.push(...schemaKeyProblems(analysis));
  if (analysis.tooLarge) {
    problems.push({ offset: 0, length: 0, code: 'file-too-large', message: `${what} is larger than imagebuilder.maxFileSize (${analysis.settings.maxFileSize} characters): it is not checked, and completion and hover are off.` });
  }
  if (parsed.tooDeepAt !== undefined) {
    problems.push({ offset: parsed.tooDeepAt, length: 1, code: 'file-too-large', message: `${what} nests more than ${MAX_DEPTH} levels deep from here: it is not parsed, so it is not checked, and completion and hover are off.` });
  }
  if (parsed.truncatedDepth) {
    problems.push({ offset: 0, length: 0, code: 'file-too-large', message: `${what} nests deeper than the checker follows; the deepest parts are not checked.` });
  }
  return problems;
}
