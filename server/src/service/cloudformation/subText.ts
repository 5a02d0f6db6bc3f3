import { OffsetMap } from '../embedded/offsetMap';

/**
 * A `Fn::Sub` text (already decoded from its YAML or JSON string, `map`) as the text CloudFormation
 * makes of it, read for a document inside it: `${!Literal}` is the escape for a literal `${Literal}`
 * (the `!` is dropped), and each `${…}` substitution, whose value is unknown here, becomes a stand-in of
 * the same length mapped to the whole `${…}` in the host:
 * - where a YAML value starts (`action: ${A}`, `- ${X}`, alone on its line) a tag (`!_A_`), so the
 *   whole value is opaque to the checks (a tagged node: `ast/types.ts` `isOpaque`);
 * - inside a component expression (`{{ build.${Step}.outputs.stdout }}`) the part as written, which makes
 *   the expression one the component checks leave alone (a `${` in it);
 * - elsewhere (inside a scalar: `echo ${X}`, `'${X}'`) filler (`__X_`), which keeps the scalar a string.
 * Letters and digits of the name are kept (distinct names give distinct stand-ins), everything else
 * becomes `_`. An unclosed `${` is literal text, as CloudFormation reads it. `opaque` lists the host
 * range of each substitution (`EmbeddedRegion.opaque`: requests inside one are the template's). Linear in the text.
 */
export function substituted(map: OffsetMap): { map: OffsetMap; opaque: Array<{ offset: number; length: number }> } {
  const source = map.value;
  let value = '';
  const toHost: number[] = [];
  const opaque: Array<{ offset: number; length: number }> = [];
  let i = 0;
  let expression = false; // inside a `{{ … }}` of the component (since the last `{{`, on this line)
  while (i < source.length) {
    const found = subPartAt(source, i);
    if (!found) {
      const c = source[i];
      if (c === '\n') expression = false;
      else if (c === '{' && source[i + 1] === '{') expression = true;
      else if (c === '}' && source[i + 1] === '}') expression = false;
      value += c;
      toHost.push(map.toHost[i]);
      i++;
      continue;
    }
    if (found.escape) {
      value += '${';
      toHost.push(map.toHost[i], map.toHost[i + 1]);
      i += 3;
      continue;
    }
    const part = source.slice(i, found.end);
    value += expression ? part : standIn(part, valueStarts(source, i) && source[found.end] !== ':'); // a key (`${X}:`) is no tag: it would take the `:`
    for (let k = 0; k < part.length; k++) toHost.push(map.toHost[i]);
    opaque.push({ offset: map.toHost[i], length: map.toHost[found.end] - map.toHost[i] });
    i = found.end;
  }
  const result = new Int32Array(value.length + 1);
  result.set(toHost);
  result[value.length] = map.toHost[source.length];
  return { map: { value, toHost: result }, opaque };
}

/**
 * The `${…}` of a `Fn::Sub` text starting at `i`, if one does: its end (after the `}`), and whether it is
 * the escape `${!…}` of a literal `${…}`. A `${` with no `}` on its line is literal text, as CloudFormation
 * reads it. The one reading of substitutions, for a document (`substituted`) and for an ARN (`templateRecipes.ts`).
 */
export function subPartAt(text: string, i: number): { end: number; escape: boolean } | undefined {
  if (!text.startsWith('${', i)) return undefined;
  const close = text.indexOf('}', i + 2);
  if (close < 0 || text.slice(i + 2, close).includes('\n')) return undefined;
  return { end: close + 1, escape: text[i + 2] === '!' };
}

/** Text written into a `Fn::Sub` text: a literal `${` must be written `${!`. */
export function subEscape(text: string): string {
  return text.replace(/\$\{/g, '${!');
}

function standIn(part: string, tag: boolean): string {
  const body = part.slice(1).replace(/[^A-Za-z0-9]/g, '_');
  return (tag ? '!' : '_') + body;
}

/** Whether a YAML value starts at `at`: after the line's indentation, a `key: ` or a `- `. */
function valueStarts(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true;
  if (k === at - 1) return false; // no space before the part
  if (text[k] === ':') return true;
  if (text[k] !== '-') return false;
  let j = k - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t' || text[j] === '-')) j--;
  return j < 0 || text[j] === '\n' || text[j] === '\r';
}
