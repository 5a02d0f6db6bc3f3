/**
 * A conservative check against catastrophic backtracking: a group that repeats (`*`, `+`, `{n,}`,
 * `{n,m}` with m > 1) must not contain a quantifier that repeats too. Patterns such as `(a+)+` or
 * `(?:[a-z]+,)*` are rejected; `(?:/[0-9]+)?` (optional, not repeating) is allowed.
 */

/** Reads the quantifier at `i` (if any): its length and whether it allows more than one repetition. */
function quantifierAt(p: string, i: number): { length: number; repeats: boolean } | undefined {
  const c = p[i];
  let length: number;
  let repeats: boolean;
  if (c === '*' || c === '+') {
    length = 1;
    repeats = true;
  } else if (c === '?') {
    length = 1;
    repeats = false;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
    if (m === null) return undefined;
    length = m[0].length;
    const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
    repeats = max > 1;
  } else {
    return undefined;
  }
  if (p[i + length] === '?') length++; // lazy variant
  return { length, repeats };
}

/** Problems found in `pattern` (empty when it looks safe). */
export function nestedQuantifiers(pattern: string): string[] {
  const problems: string[] = [];
  /** For each open group: does it contain a repeating quantifier? */
  const stack: boolean[] = [];
  let i = 0;
  const markInner = (): void => {
    if (stack.length > 0) stack[stack.length - 1] = true;
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i++;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      stack.push(false);
      i++;
      if (pattern[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++;
        if (pattern[i] === '<' && pattern[i + 1] !== '=' && pattern[i + 1] !== '!') {
          while (i < pattern.length && pattern[i] !== '>') i++;
        }
        i++;
      }
      continue;
    } else if (c === ')') {
      const innerRepeats = stack.pop() ?? false;
      i++;
      const q = quantifierAt(pattern, i);
      if (q !== undefined) {
        if (q.repeats && innerRepeats) problems.push(`nested quantifier: a repeated group ending at ${i} contains a repeated quantifier`);
        if (q.repeats || innerRepeats) markInner();
        i += q.length;
      } else if (innerRepeats) {
        markInner();
      }
      continue;
    } else {
      i++;
    }
    const q = quantifierAt(pattern, i);
    if (q !== undefined) {
      if (q.repeats) markInner();
      i += q.length;
    }
  }
  return problems;
}

/** Milliseconds `re` takes on long strings of single repeated characters that fail at the end. */
export function worstMatchTime(re: RegExp): number {
  let worst = 0;
  for (const ch of ['a', 'A', '0', '-', '_', ' ', '/', ':', '.', '=', '+']) {
    const input = ch.repeat(20000) + '\u0000';
    const start = process.hrtime.bigint();
    re.test(input);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    worst = Math.max(worst, ms);
  }
  return worst;
}
