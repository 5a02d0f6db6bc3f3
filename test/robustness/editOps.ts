import fc from 'fast-check';

/** Random edits of a text (insert, delete, copy, duplicate and swap lines), for the properties and for replaying counterexamples. */

export type Edit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; line: number }
  | { op: 'swap'; a: number; b: number }
  | { op: 'copy'; from: number; length: number; at: number };

const TOKENS = [
  ':', ': ', '-', '- ', '"', "'", '{', '}', '[', ']', ',', '#', '\n', '\r\n', '\r', '\t', '  ', '\\', '&a ', '*a', '<<: *a',
  '!Ref ', '!Sub ', '!GetAtt x.y', '${var}', '{{ build.x }}', '---\n', '...\n', '|\n', '>-\n', '? ', '\u00e9', '\ud83d\ude00', '\ud800', '\uFEFF', '\u0000',
  'name', 'phases', 'steps', 'action', 'inputs', 'schemaVersion: 1.0', 'placement', 'tenancy: host', 'instanceTypes', 'volumeType',
  '"$schema": "https://example.com/x.json"', '$schema', 'true', 'null', '0x1F', '1e999', '-0', '0755',
];

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 }), fc.array(fc.constantFrom(...TOKENS), { maxLength: 6 }).map((a) => a.join(''))) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ op: fc.constant('copy' as const), from: fc.nat(), length: fc.integer({ min: 1, max: 200 }), at: fc.nat() }),
);

/** Applies an edit (positions taken modulo the text), returning the new text and where the cursor ends. */
export function applyEdit(text: string, edit: Edit): { text: string; cursor: number } {
  const size = text.length + 1;
  switch (edit.op) {
    case 'insert': {
      const at = edit.at % size;
      return { text: text.slice(0, at) + edit.text + text.slice(at), cursor: at + edit.text.length };
    }
    case 'delete': {
      const at = edit.at % size;
      return { text: text.slice(0, at) + text.slice(at + edit.length), cursor: at };
    }
    case 'copy': {
      const from = edit.from % size;
      const at = edit.at % size;
      const piece = text.slice(from, from + edit.length);
      return { text: text.slice(0, at) + piece + text.slice(at), cursor: at + piece.length };
    }
    case 'duplicate': {
      const lines = text.split('\n');
      const i = edit.line % lines.length;
      lines.splice(i, 0, lines[i]);
      return { text: lines.join('\n'), cursor: lines.slice(0, i + 1).join('\n').length };
    }
    case 'swap': {
      const lines = text.split('\n');
      const a = edit.a % lines.length;
      const b = edit.b % lines.length;
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return { text: lines.join('\n'), cursor: lines.slice(0, Math.min(a, b)).join('\n').length };
    }
  }
}
