import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import { OffsetRange } from './kindSupport';
import { ruleInfo, Severity } from './rules/ruleTable';
import { Fix, Problem } from './validation/problem';

/** Offsets → LSP positions: done only here, at the facade's edge. */

export const SOURCE = 'imagebuilder';

export function toRange(document: TextDocument, range: OffsetRange): Range {
  const start = Math.max(0, Math.min(range.offset, document.getText().length));
  return { start: document.positionAt(start), end: document.positionAt(start + Math.max(0, range.length)) };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The data a diagnostic carries so that code actions need no second analysis. */
export interface DiagnosticData {
  readonly fixes: Array<{ title: string; preferred?: boolean; edits: TextEdit[] }>;
}

export function toDiagnostic(document: TextDocument, problem: Problem, severity: Severity): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(document, problem),
    severity: SEVERITY[severity],
    code: problem.code,
    source: SOURCE,
    message: problem.message,
  };
  if (problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map((r) => ({ location: { uri: document.uri, range: toRange(document, r) }, message: r.message }));
  }
  if (problem.fixes?.length) {
    // Whether a code's fix may be preferred (applied without a choice) is the rule table's decision.
    const mayPrefer = ruleInfo(problem.code)?.fix === 'preferred';
    const data: DiagnosticData = { fixes: problem.fixes.map((fix) => toFixData(document, fix, mayPrefer)) };
    diagnostic.data = data;
  }
  return diagnostic;
}

function toFixData(document: TextDocument, fix: Fix, mayPrefer: boolean): DiagnosticData['fixes'][number] {
  const edits = fix.edits.map((e) => TextEdit.replace(toRange(document, e), e.newText));
  return mayPrefer && fix.preferred === true ? { title: fix.title, preferred: true, edits } : { title: fix.title, edits };
}

/**
 * The diagnostics of a code action request with the `data` that carries their fixes. An editor that does
 * not keep `data` (no `publishDiagnostics.dataSupport`: Kate 22.12 sends back only range, severity, code,
 * source, message) gets it from `current()`, a fresh validation: the diagnostic with the same code and range.
 */
export function withFixData(diagnostics: readonly Diagnostic[], current: () => Diagnostic[]): readonly Diagnostic[] {
  if (diagnostics.every((d) => d.source !== SOURCE || d.data !== undefined)) return diagnostics;
  const own = current();
  const same = (a: Range, b: Range): boolean => a.start.line === b.start.line && a.start.character === b.start.character
    && a.end.line === b.end.line && a.end.character === b.end.character;
  return diagnostics.map((d) => {
    if (d.source !== SOURCE || d.data !== undefined) return d;
    const match = own.find((o) => o.code === d.code && same(o.range, d.range));
    return match?.data === undefined ? d : { ...d, data: match.data };
  });
}

/** The quick fixes carried by our diagnostics; a fix offered by two diagnostics (same edits) is offered once. */
export function codeActionsFor(document: TextDocument, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Map<string, CodeAction>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    if (!data || !Array.isArray(data.fixes)) continue;
    for (const fix of data.fixes) {
      if (typeof fix?.title !== 'string' || !Array.isArray(fix.edits)) continue;
      const key = JSON.stringify([fix.title, fix.edits]);
      const same = seen.get(key);
      if (same) {
        same.diagnostics?.push(diagnostic);
        continue;
      }
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred === true,
        edit: { changes: { [document.uri]: fix.edits } },
      };
      seen.set(key, action);
      actions.push(action);
    }
  }
  return actions;
}
