/**
 * Parses the boto3 documentation of the Image Builder API update (the seed spec) into operations with
 * their request and response shapes. Structure and enums come from the Request Syntax call and the
 * Response Syntax dict; `[REQUIRED]` markers and prose come from the documentation lines (docWalker).
 */
import { walkRequestDoc, walkResponseDoc } from './docWalker';
import { parseCall, parseLiteral } from './pyLiteral';
import type { Shape } from './shape';

export type { Shape, ShapeType } from './shape';

export interface Operation {
  /** As in the spec: `create_component`. */
  name: string;
  /** As the AWS CLI spells it: `create-component`. */
  cliName: string;
  request: Shape;
  response: Shape;
}

export interface Spec {
  operations: Operation[];
}

const REQUEST_SYNTAX = 'Request Syntax';
const RESPONSE_SYNTAX = 'Response Syntax';
const RESPONSE_STRUCTURE = 'Response Structure';
/** Each operation opens with its change summary, a Python dict such as `{'platform': {'macOS'}}`. */
const CHANGE_SUMMARY = /^\{'/;

function indexFrom(lines: string[], from: number, to: number, text: string, where: string): number {
  for (let i = from; i < to; i++) if (lines[i] === text) return i;
  throw new Error(`${where}: no "${text}" line`);
}

/** Where each operation's block begins: its change summary line, or its Request Syntax line. */
function blockStarts(lines: string[], syntaxLines: number[]): number[] {
  return syntaxLines.map((at, k) => {
    const floor = k === 0 ? 0 : syntaxLines[k - 1] + 1;
    for (let i = at - 1; i >= floor; i--) if (CHANGE_SUMMARY.test(lines[i])) return i;
    return at;
  });
}

export function parseSpec(text: string): Spec {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const syntaxLines: number[] = [];
  lines.forEach((line, i) => {
    if (line === REQUEST_SYNTAX && (lines[i + 1] ?? '').startsWith('client.')) syntaxLines.push(i);
  });
  const starts = blockStarts(lines, syntaxLines);

  const operations = syntaxLines.map((at, k): Operation => {
    const end = k + 1 < starts.length ? starts[k + 1] : lines.length;
    const { name, params } = parseCall(lines[at + 1]);
    const where = `operation ${name}`;

    const responseSyntax = indexFrom(lines, at + 2, end, RESPONSE_SYNTAX, where);
    walkRequestDoc(lines, at + 2, responseSyntax, params, where);

    const response = parseLiteral(lines[responseSyntax + 1]);
    if (response.type !== 'dict') throw new Error(`${where}: the response is not a dict`);
    const structure = indexFrom(lines, responseSyntax + 2, end, RESPONSE_STRUCTURE, where);
    walkResponseDoc(lines, structure + 1, end, response, where);

    return { name, cliName: name.replace(/_/g, '-'), request: params, response };
  });
  return { operations };
}
