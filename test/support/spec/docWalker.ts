/**
 * Walks the flattened documentation lines that follow a Request Syntax call or a Response Structure
 * heading, in step with the shape parsed from the syntax, and records on each node its `[REQUIRED]`
 * marker and its prose. The documentation is a pre-order listing of the shape:
 *   request top level:  `string` / `list` / `dict` ...   then an optional `[REQUIRED]` line
 *   named member:       `name (string) --` or `name (string) -- [REQUIRED]`
 *   list element / map: `(dict) --`, `(string) --` (a map lists its key, then its value)
 * Every header must be the one the syntax predicts; a mismatch throws, so the walk also checks the
 * syntax and the documentation against each other.
 */
import type { Shape, ShapeType } from './shape';

const TYPE_WORD = '(string|integer|boolean|list|dict|datetime)';
const BARE = new RegExp(`^${TYPE_WORD}$`);
const ELEMENT = new RegExp(`^\\(${TYPE_WORD}\\) --$`);
const MEMBER = new RegExp(`^(\\w+) \\(${TYPE_WORD}\\) --( \\[REQUIRED\\])?$`);
const REQUIRED_LINE = '[REQUIRED]';

/** The word the documentation uses for a shape type. */
export function docWord(type: ShapeType): string {
  return type === 'map' ? 'dict' : type;
}

function isHeader(line: string): boolean {
  return BARE.test(line) || ELEMENT.test(line) || MEMBER.test(line);
}

class Cursor {
  constructor(
    private readonly lines: string[],
    public pos: number,
    private readonly end: number,
    private readonly where: string,
  ) {}

  fail(message: string): never {
    const line = this.pos < this.end ? JSON.stringify(this.lines[this.pos]) : 'end of section';
    throw new Error(`${this.where}: ${message} (at line ${this.pos + 1}: ${line})`);
  }

  /** Consumes the header line, which must equal `expected` exactly or match it as a member header. */
  header(expected: string | { name: string; word: string }): { required: boolean } {
    if (this.pos >= this.end) this.fail(`missing header ${JSON.stringify(expected)}`);
    const line = this.lines[this.pos];
    if (typeof expected === 'string') {
      if (line !== expected) this.fail(`expected header ${JSON.stringify(expected)}`);
      this.pos++;
      return { required: false };
    }
    const m = MEMBER.exec(line);
    if (m === null || m[1] !== expected.name || m[2] !== expected.word) {
      this.fail(`expected header "${expected.name} (${expected.word}) --"`);
    }
    this.pos++;
    return { required: m[3] !== undefined };
  }

  /** Consumes a `[REQUIRED]` line if one is next. */
  requiredLine(): boolean {
    if (this.pos < this.end && this.lines[this.pos] === REQUIRED_LINE) {
      this.pos++;
      return true;
    }
    return false;
  }

  /** Consumes prose up to the next header (or the end) and returns it. */
  prose(): string {
    const out: string[] = [];
    while (this.pos < this.end && !isHeader(this.lines[this.pos])) {
      const line = this.lines[this.pos];
      if (line === REQUIRED_LINE) this.fail('a [REQUIRED] marker in an unexpected place');
      out.push(line);
      this.pos++;
    }
    return out.join('\n');
  }

  rest(): string[] {
    return this.lines.slice(this.pos, this.end);
  }
}

function setDoc(shape: Shape, doc: string): void {
  if (doc !== '') shape.doc = doc;
}

/** Walks the children of a node whose own header and prose were consumed. */
function walkChildren(c: Cursor, shape: Shape): void {
  switch (shape.type) {
    case 'list': {
      const member = shape.member as Shape;
      c.header(`(${docWord(member.type)}) --`);
      setDoc(member, c.prose());
      walkChildren(c, member);
      return;
    }
    case 'map': {
      const value = shape.member as Shape;
      c.header('(string) --');
      c.prose();
      c.header(`(${docWord(value.type)}) --`);
      setDoc(value, c.prose());
      walkChildren(c, value);
      return;
    }
    case 'dict': {
      for (const [name, member] of Object.entries(shape.members ?? {})) {
        const { required } = c.header({ name, word: docWord(member.type) });
        if (required) member.required = true;
        setDoc(member, c.prose());
        walkChildren(c, member);
      }
      return;
    }
    default:
      return;
  }
}

/**
 * Request parameters: `lines[start, end)` hold the documentation of the parameters of `params`
 * (a dict), followed by the return type line `dict`.
 */
export function walkRequestDoc(lines: string[], start: number, end: number, params: Shape, where: string): void {
  const c = new Cursor(lines, start, end, `${where} request`);
  c.prose();
  for (const member of Object.values(params.members ?? {})) {
    c.header(docWord(member.type));
    if (c.requiredLine()) member.required = true;
    setDoc(member, c.prose());
    walkChildren(c, member);
  }
  const rest = c.rest();
  if (rest.length !== 1 || rest[0] !== 'dict') c.fail('expected only the return type line "dict" after the parameters');
}

/** Response structure: `lines[start, end)` start with `(dict) --` for the response itself. */
export function walkResponseDoc(lines: string[], start: number, end: number, response: Shape, where: string): void {
  const c = new Cursor(lines, start, end, `${where} response`);
  c.header('(dict) --');
  setDoc(response, c.prose());
  walkChildren(c, response);
  if (c.pos !== end) c.fail('unexpected lines after the response structure');
}
