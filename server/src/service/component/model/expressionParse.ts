/** The grammar of what AWSTOE reads between `{{` and `}}`. */

export interface Segment {
  readonly text: string;
  readonly offset: number;
  /** A `[n]` index after the segment (`inputs[0]`). */
  readonly index?: { readonly value: number; readonly offset: number; readonly length: number };
}

export type ParsedExpression =
  /** `aws:ssm:/x`, `env:PATH`, `context:region`, or an unknown `prefix:…`. */
  | { readonly form: 'prefixed'; readonly prefix: string; readonly prefixOffset: number; readonly key: string; readonly keyOffset: number }
  /** `Name`, `loop.index`, `build.Step.outputs.stdout`, `build.Step.inputs[0].path`. */
  | { readonly form: 'path'; readonly segments: readonly Segment[] }
  /** Not AWSTOE syntax (a Go or Jinja template in a script, `{{ .Name }}`): left alone. */
  | { readonly form: 'foreign' };

const PATH = /^[A-Za-z0-9_-]+(?:\[\d+\])?(?:\.[A-Za-z0-9_-]+(?:\[\d+\])?)*$/;
const SEGMENT = /([A-Za-z0-9_-]+)(?:\[(\d+)\])?/y;
const KNOWN_PREFIXES = ['aws:ssm:', 'aws:imds:', 'env:', 'context:'];
const PREFIX = /^([A-Za-z][\w-]*:)/;

/** Parses the trimmed text of an expression that starts at `offset`. */
export function parseExpression(text: string, offset: number): ParsedExpression {
  for (const prefix of KNOWN_PREFIXES) {
    if (text.startsWith(prefix)) return prefixed(text, offset, prefix);
  }
  if (PATH.test(text)) return { form: 'path', segments: segmentsOf(text, offset) };
  const unknownPrefix = PREFIX.exec(text);
  if (unknownPrefix) return prefixed(text, offset, unknownPrefix[1]);
  return { form: 'foreign' };
}

function prefixed(text: string, offset: number, prefix: string): ParsedExpression {
  const rest = text.slice(prefix.length);
  const leading = rest.length - rest.trimStart().length;
  return { form: 'prefixed', prefix, prefixOffset: offset, key: rest.trim(), keyOffset: offset + prefix.length + leading };
}

function segmentsOf(text: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  let position = 0;
  while (position < text.length) {
    SEGMENT.lastIndex = position;
    const match = SEGMENT.exec(text);
    if (!match) break;
    const segment: Segment = match[2] === undefined
      ? { text: match[1], offset: offset + position }
      : {
        text: match[1],
        offset: offset + position,
        index: { value: Number(match[2]), offset: offset + position + match[1].length, length: match[2].length + 2 },
      };
    segments.push(segment);
    position += match[0].length + 1; // the segment and its dot
  }
  return segments;
}

