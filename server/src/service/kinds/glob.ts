/**
 * Glob matching in linear time, for the `imagebuilder.fileKinds` setting. Settings can come from the
 * workspace (a repository anyone may have written), and a glob compiled to a backtracking regular
 * expression can take exponential time (`*a*a*a*a*a*a*b` on a long name froze the server), so globs
 * run here as an automaton: time O(glob length × path length), whatever the glob.
 *
 * Supported: `*` (within a segment), `**` as a whole segment (any number of segments), `?`,
 * `[abc]`, `[a-z]`, `[!a]`/`[^a]`, `{a,b}` (nested, at most 64 alternatives), `\` escapes and a
 * leading `!` (negation). Dot files match like other files. Extended globs are literal text.
 */

type Test = (ch: string) => boolean;

/** One automaton state: character edges (with their targets) and empty edges. */
interface State {
  readonly edges: Array<{ test: Test; to: number }>;
  readonly empty: number[];
}

const ANY: Test = () => true;
const NOT_SLASH: Test = (ch) => ch !== '/';
const MAX_ALTERNATIVES = 64;

export function compileGlob(glob: string): (path: string) => boolean {
  const negated = glob.startsWith('!') && !glob.startsWith('!(');
  const body = (negated ? glob.slice(1) : glob).replace(/^(\.\/)+/, '');
  const automata = expandBraces(body).map(build);
  const matches = (path: string) => automata.some((states) => run(states, path));
  return negated ? (path) => !matches(path) : matches;
}

/** `{a,b}c` → `ac`, `bc` (innermost first); an unbalanced or too large expansion stays literal. */
export function expandBraces(glob: string): string[] {
  let results = [glob];
  for (let round = 0; round < 32; round++) {
    const next: string[] = [];
    let changed = false;
    for (const item of results) {
      const group = innermostGroup(item);
      if (!group) {
        next.push(item);
        continue;
      }
      changed = true;
      for (const option of group.options) next.push(item.slice(0, group.start) + option + item.slice(group.end + 1));
    }
    if (next.length > MAX_ALTERNATIVES) return [glob];
    results = next;
    if (!changed) break;
  }
  return results;
}

function innermostGroup(glob: string): { start: number; end: number; options: string[] } | undefined {
  let open = -1;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '\\') i++;
    else if (ch === '{') open = i;
    else if (ch === '}' && open >= 0) {
      const inner = glob.slice(open + 1, i);
      if (!inner.includes(',')) {
        open = -1;
        continue;
      }
      return { start: open, end: i, options: inner.split(',') };
    }
  }
  return undefined;
}

/** Builds the automaton of a brace-free glob; the last state accepts. */
function build(glob: string): State[] {
  const states: State[] = [{ edges: [], empty: [] }];
  const add = () => states.push({ edges: [], empty: [] }) - 1;
  let current = 0;
  const step = (test: Test) => {
    const to = add();
    states[current].edges.push({ test, to });
    current = to;
  };
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    const segmentStart = i === 0 || glob[i - 1] === '/';
    if (ch === '*' && glob[i + 1] === '*' && segmentStart && (i + 2 === glob.length || glob[i + 2] === '/')) {
      const end = add();
      states[current].empty.push(end);
      if (glob[i + 2] === '/') {
        // `**/`: nothing, or anything ending with `/`
        const inner = add();
        states[current].empty.push(inner);
        states[inner].edges.push({ test: ANY, to: inner }, { test: (c) => c === '/', to: end });
        i += 2;
      } else {
        states[current].edges.push({ test: ANY, to: current });
        i += 1;
      }
      current = end;
    } else if (ch === '*') {
      while (glob[i + 1] === '*') i++; // `**` inside a segment is a `*`
      const loop = add();
      states[current].empty.push(loop);
      states[loop].edges.push({ test: NOT_SLASH, to: loop });
      current = loop;
    } else if (ch === '?') {
      step(NOT_SLASH);
    } else if (ch === '[' && glob.indexOf(']', i + 2) > 0) {
      const close = glob.indexOf(']', i + 2);
      step(charClass(glob.slice(i + 1, close)));
      i = close;
    } else if (ch === '\\' && i + 1 < glob.length) {
      const literal = glob[++i];
      step((c) => c === literal);
    } else if (ch === '/' && glob[i + 1] === '*' && glob[i + 2] === '*' && i + 3 === glob.length) {
      // trailing `/**`: nothing, or `/` and anything
      const end = add();
      const inner = add();
      states[current].empty.push(end);
      states[current].edges.push({ test: (c) => c === '/', to: inner });
      states[inner].edges.push({ test: ANY, to: inner });
      states[inner].empty.push(end);
      current = end;
      i += 2;
    } else {
      step((c) => c === ch);
    }
  }
  const accept = add();
  states[current].empty.push(accept);
  return states;
}

function charClass(body: string): Test {
  const negated = body.startsWith('!') || body.startsWith('^');
  const chars = negated ? body.slice(1) : body;
  const ranges: Array<[string, string]> = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === '-' && i + 2 < chars.length) {
      ranges.push([chars[i], chars[i + 2]]);
      i += 2;
    } else ranges.push([chars[i], chars[i]]);
  }
  const inClass = (c: string) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
  return negated ? (c) => c !== '/' && !inClass(c) : (c) => c !== '/' && inClass(c);
}

/** Simulates the automaton on `path`: one pass, a set of states at each character. */
function run(states: readonly State[], path: string): boolean {
  const accept = states.length - 1;
  let active = closure(states, [0]);
  for (const ch of path) {
    const next: number[] = [];
    for (const s of active) for (const edge of states[s].edges) if (edge.test(ch)) next.push(edge.to);
    if (next.length === 0) return false;
    active = closure(states, next);
  }
  return active.includes(accept);
}

function closure(states: readonly State[], start: readonly number[]): number[] {
  const seen = new Set<number>(start);
  const stack = [...start];
  while (stack.length > 0) {
    for (const to of states[stack.pop()!].empty) {
      if (!seen.has(to)) {
        seen.add(to);
        stack.push(to);
      }
    }
  }
  return [...seen];
}
