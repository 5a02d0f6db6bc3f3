import { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic } from 'vscode-languageserver-types';
import { LanguageService, WorkspaceView } from '../service/languageService';
import { ruleInfo } from '../service/rules/ruleTable';
import { analyzeSource, Source } from './check';

export const MAX_PASSES = 10;

export interface FixOutcome {
  /** The text after every pass (the same string when nothing was fixed). */
  readonly text: string;
  /** The codes of the problems fixed, with how many of each. */
  readonly fixed: ReadonlyMap<string, number>;
  readonly passes: number;
}

interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * Applies the preferred quick fixes of the codes the rule table marks `fix: 'preferred'`, pass after pass
 * (each on a fresh analysis of the text so far) until none is left or `MAX_PASSES` are done. In one pass
 * a fix whose edits overlap (or touch at the same point) edits already taken waits for the next pass.
 * Inserted line breaks follow the file's (CRLF files stay CRLF).
 */
export function fixSource(service: LanguageService, source: Source, kind: string | undefined, workspace?: WorkspaceView): FixOutcome {
  const fixed = new Map<string, number>();
  const eol = source.text.includes('\r\n') ? '\r\n' : '\n';
  let text = source.text;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const analysis = analyzeSource(service, source, text, kind, passes + 1, workspace);
    const taken: OffsetEdit[] = [];
    for (const diagnostic of service.doValidation(analysis)) {
      const edits = preferredEdits(service, analysis, diagnostic);
      if (!edits || edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
      if (edits.some((e, i) => edits.some((f, j) => i !== j && overlaps(e, f)))) continue;
      taken.push(...edits);
      fixed.set(String(diagnostic.code), (fixed.get(String(diagnostic.code)) ?? 0) + 1);
    }
    if (taken.length === 0) break;
    passes++;
    const next = apply(text, taken, eol);
    if (next === text) break;
    text = next;
  }
  return { text, fixed, passes };
}

function preferredEdits(service: LanguageService, analysis: ReturnType<typeof analyzeSource>, diagnostic: Diagnostic): OffsetEdit[] | undefined {
  if (ruleInfo(String(diagnostic.code))?.fix !== 'preferred') return undefined;
  const preferred = service.getCodeActions(analysis, diagnostic.range, [diagnostic]).filter((a) => a.isPreferred);
  if (preferred.length !== 1) return undefined;
  const changes = preferred[0].edit?.changes?.[analysis.document.uri];
  if (!changes?.length) return undefined;
  const document: TextDocument = analysis.document;
  return changes.map((e) => ({ start: document.offsetAt(e.range.start), end: document.offsetAt(e.range.end), newText: e.newText }));
}

function overlaps(a: OffsetEdit, b: OffsetEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

function apply(text: string, edits: readonly OffsetEdit[], eol: string): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of sorted) {
    const newText = eol === '\r\n' ? e.newText.replace(/\r?\n/g, '\r\n') : e.newText;
    out = out.slice(0, e.start) + newText + out.slice(e.end);
  }
  return out;
}
