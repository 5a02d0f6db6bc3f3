/**
 * A parser for the Python literals in boto3 "Request Syntax" / "Response Syntax" blocks:
 * `'a'|'b'` (enum), `'string'`, `True|False`, `123`, `[ x, ]`, `{ 'k': v, }`, `{ 'string': v }` (map),
 * `datetime(2015, 1, 1)`, and the call `client.op( key=value, ... )`.
 */
import type { Shape } from './shape';

type TokenKind = 'str' | 'ident' | 'num' | 'punct';
interface Token {
  kind: TokenKind;
  text: string;
  at: number;
}

const PUNCT = new Set(['[', ']', '{', '}', '(', ')', ',', ':', '|', '=', '.']);

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let j = i + 1;
      let text = '';
      while (j < src.length && src[j] !== "'") {
        if (src[j] === '\\') j++;
        text += src[j];
        j++;
      }
      if (j >= src.length) throw new Error(`unterminated string at ${i}`);
      tokens.push({ kind: 'str', text, at: i });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'ident', text: m[0], at: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(src.slice(i)) as RegExpExecArray;
      tokens.push({ kind: 'num', text: m[0], at: i });
      i += m[0].length;
    } else if (PUNCT.has(c)) {
      tokens.push({ kind: 'punct', text: c, at: i });
      i++;
    } else {
      throw new Error(`unexpected character ${JSON.stringify(c)} at ${i}`);
    }
  }
  return tokens;
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly src: string,
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private next(): Token {
    const t = this.tokens[this.pos++];
    if (t === undefined) throw new Error('unexpected end of input');
    return t;
  }

  private expect(text: string): void {
    const t = this.next();
    if (t.text !== text || (t.kind !== 'punct' && t.kind !== 'ident')) {
      throw new Error(`expected ${JSON.stringify(text)} at ${t.at}, found ${JSON.stringify(t.text)}: ${this.context(t.at)}`);
    }
  }

  private accept(text: string): boolean {
    const t = this.peek();
    if (t !== undefined && t.kind === 'punct' && t.text === text) {
      this.pos++;
      return true;
    }
    return false;
  }

  private context(at: number): string {
    return this.src.slice(Math.max(0, at - 30), at + 30);
  }

  atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  /** `client.name( key=value, ... )` → [name, dict shape of the parameters]. */
  call(): [string, Shape] {
    const recv = this.next();
    if (recv.kind !== 'ident') throw new Error(`expected a receiver at ${recv.at}`);
    this.expect('.');
    const name = this.next();
    if (name.kind !== 'ident') throw new Error(`expected an operation name at ${name.at}`);
    this.expect('(');
    const members: Record<string, Shape> = {};
    while (!this.accept(')')) {
      const key = this.next();
      if (key.kind !== 'ident') throw new Error(`expected a parameter name at ${key.at}: ${this.context(key.at)}`);
      this.expect('=');
      members[key.text] = this.value();
      this.accept(',');
    }
    return [name.text, { type: 'dict', members }];
  }

  value(): Shape {
    const t = this.peek();
    if (t === undefined) throw new Error('unexpected end of input');
    if (t.kind === 'punct' && t.text === '[') return this.list();
    if (t.kind === 'punct' && t.text === '{') return this.dict();
    if (t.kind === 'num') {
      this.pos++;
      return { type: 'integer' };
    }
    if (t.kind === 'ident' && t.text === 'datetime') {
      this.pos++;
      this.expect('(');
      while (!this.accept(')')) this.next();
      return { type: 'datetime' };
    }
    return this.alternatives();
  }

  private alternatives(): Shape {
    const atoms: Token[] = [this.next()];
    while (this.accept('|')) atoms.push(this.next());
    if (atoms.every((a) => a.kind === 'ident' && (a.text === 'True' || a.text === 'False'))) return { type: 'boolean' };
    if (!atoms.every((a) => a.kind === 'str')) {
      throw new Error(`unexpected value at ${atoms[0].at}: ${this.context(atoms[0].at)}`);
    }
    if (atoms.length === 1 && atoms[0].text === 'string') return { type: 'string' };
    return { type: 'string', enum: atoms.map((a) => a.text) };
  }

  private list(): Shape {
    this.expect('[');
    const elements: Shape[] = [];
    while (!this.accept(']')) {
      elements.push(this.value());
      this.accept(',');
    }
    if (elements.length !== 1) throw new Error(`a list literal should show exactly one element, found ${elements.length}`);
    return { type: 'list', member: elements[0] };
  }

  private dict(): Shape {
    const open = this.peek() as Token;
    this.expect('{');
    const entries: Array<[string, Shape]> = [];
    while (!this.accept('}')) {
      const key = this.next();
      if (key.kind !== 'str') throw new Error(`expected a quoted key at ${key.at}: ${this.context(key.at)}`);
      this.expect(':');
      entries.push([key.text, this.value()]);
      this.accept(',');
    }
    if (entries.length === 1 && entries[0][0] === 'string') return { type: 'map', member: entries[0][1] };
    const members: Record<string, Shape> = {};
    for (const [k, v] of entries) {
      if (k in members) throw new Error(`duplicate key ${k} in the dict at ${open.at}`);
      members[k] = v;
    }
    return { type: 'dict', members };
  }
}

/** Parses a `client.op( ... )` line. */
export function parseCall(src: string): { name: string; params: Shape } {
  const p = new Parser(tokenize(src), src);
  const [name, params] = p.call();
  if (!p.atEnd()) throw new Error(`trailing input after the call to ${name}`);
  return { name, params };
}

/** Parses one Python literal (the Response Syntax dict). */
export function parseLiteral(src: string): Shape {
  const p = new Parser(tokenize(src), src);
  const shape = p.value();
  if (!p.atEnd()) throw new Error('trailing input after the literal');
  return shape;
}
