import { ParseError } from 'jsonc-parser';
import { isMap, Pair } from 'yaml';
import { ArrayNode, AstNode, ObjectNode, ValueNode, endOf } from '../ast/types';
import { childContaining, composeBlockMapping, composeBlockSequence, DASH_LINE, depthOf, EXPLICIT_KEY, hasEmptyNode, lineStart, MARKERS, splice, staysInEntry, staysInSequence } from './incrementalTree';
import { reparseYamlTail } from './incrementalTail';
import { buildJsonTree } from './jsonToAst';
import { MAX_DEPTH, ParsedDocument } from './types';
import { Converter } from './yamlToAst';
import { consume } from '../util/consume';
import { changedRange, TextEdit } from '../util/textEdit';

/**
 * Incremental re-parse: after an edit, parse again only the smallest enclosing unit that can be
 * parsed on its own with a provably identical result, splice it into the previous tree and move
 * what follows. Units: in JSON any value strictly containing the edit; in YAML an item of a block
 * sequence that is a block mapping (a step, a phase), or an entry of a block mapping whose key starts
 * its line (a template's resource, a key of a step), each with a next sibling. Undefined whenever
 * that cannot be shown (then the caller parses the whole text): the previous version had syntax
 * errors or aliases, either version has an explicit key line (`? key`: searched in the whole text
 * only when a full parse made the previous version, else in the edited lines), the fragment has
 * errors, warnings, document markers or directives, or its shape differs. On success the previous
 * tree is taken over (the ancestors of the edit grow and their children after it move, in place: offsets
 * are relative to the parent, so that is what keeps a keystroke cheap) and `previous` is consumed
 * (`util/consume.ts`): any later read of it throws. `replaced` names the node parsed again. Cost: O(text)
 * character comparison, the fragment's parse, and O(depth + the spine's children after the edit).
 * A throw may leave the previous tree half changed: the caller then parses in full and drops `previous`.
 */
export function reparse(previous: ParsedDocument, text: string, edit?: TextEdit): ParsedDocument | undefined {
  const next = takeOver(previous, text, edit);
  if (next) consume(previous, 'ParsedDocument');
  return next;
}

function takeOver(previous: ParsedDocument, text: string, hint: TextEdit | undefined): ParsedDocument | undefined {
  const root = previous.root;
  if (!root || previous.syntaxErrors.length > 0 || previous.extraDocuments > 0 || previous.truncatedDepth) return undefined;
  if (previous.language === 'json') {
    const edit = changedRange(previous.text, text, hint);
    return edit ? reparseJson(previous, root, text, edit) : { ...previous, text, replaced: undefined };
  }
  if (previous.hasAliases !== false || (previous.explicitKeys ?? EXPLICIT_KEY.test(previous.text))) return undefined;
  const edit = changedRange(previous.text, text, hint);
  if (!edit) return { ...previous, text, replaced: undefined, explicitKeys: false };
  // The previous text had none, so the new one has one only on a line the edit touched: the fragment
  // could then depend on lines after it (found by fuzzing), and the next edit must know of it.
  if (EXPLICIT_KEY.test(linesAround(text, edit))) return undefined;
  const parsed = reparseYaml(previous, root, text, edit);
  return parsed && { ...parsed, explicitKeys: false };
}

/** The new text's lines that `edit` touched, with the line breaks around them. */
function linesAround(text: string, edit: TextEdit): string {
  let from = edit.start;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') from--;
  let to = edit.oldEnd + edit.delta;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  return text.slice(Math.max(0, from - 1), to + 1);
}

// ---- JSON ----

function reparseJson(previous: ParsedDocument, root: ValueNode, text: string, edit: TextEdit): ParsedDocument | undefined {
  // The chain of values strictly containing the edit (first and last character untouched), deepest first.
  const chain: ValueNode[] = [];
  let node: AstNode | undefined = root;
  while (node) {
    if (node.type !== 'property') {
      const isKey = node.parent?.type === 'property' && node.parent.keyNode === node;
      if (isKey || !(node.offset < edit.start && edit.oldEnd < endOf(node))) break;
      chain.unshift(node);
    }
    node = childContaining(node, edit.start);
  }
  for (const candidate of chain) {
    if (candidate === root || candidate.length > previous.text.length / 2) break;
    const fragment = text.slice(candidate.offset, endOf(candidate) + edit.delta);
    const errors: ParseError[] = [];
    const parent = candidate.parent as ArrayNode | Extract<AstNode, { type: 'property' }>;
    // The recursive parser goes no deeper than a whole parse would (buildJsonTree's nesting guard).
    const built = buildJsonTree(fragment, candidate.offset, parent, errors, MAX_DEPTH - depthOf(candidate));
    if ('tooDeepAt' in built) return undefined;
    const replacement = built.root;
    if (errors.length > 0 || !replacement || replacement.offset !== candidate.offset || replacement.length !== fragment.length) continue;
    splice(root, candidate, replacement, endOf(candidate), edit.delta);
    return { ...previous, text, root, replaced: { old: candidate, replacement } };
  }
  return undefined;
}

// ---- YAML ----


/**
 * The units that can be parsed again on their own, deepest first: items of a block sequence that are
 * block mappings (a step, a phase), and entries of a block mapping on lines of their own (a template's
 * resource, a key of a step), each with a next sibling that ends its region.
 */
type Unit = { readonly array: ArrayNode; readonly index: number } | { readonly object: ObjectNode; readonly index: number };

function reparseYaml(previous: ParsedDocument, root: ValueNode, text: string, edit: TextEdit): ParsedDocument | undefined {
  const chain: Unit[] = [];
  let node: AstNode | undefined = root;
  while (node) {
    const child = childContaining(node, edit.start);
    if (node.type === 'array' && child && !node.flow && child.type === 'object' && !child.flow) chain.unshift({ array: node, index: node.items.indexOf(child as ValueNode) });
    if (node.type === 'object' && child?.type === 'property' && !node.flow) chain.unshift({ object: node, index: node.properties.indexOf(child) });
    node = child;
  }
  for (const unit of chain) {
    const result = 'array' in unit ? reparseItem(previous, root, text, edit, unit.array, unit.index) : reparseEntry(previous, root, text, edit, unit.object, unit.index);
    if (result === 'too-deep') return undefined;
    if (result === 'too-big') break;
    if (result) return result;
  }
  return reparseYamlTail(previous, root, text, edit);
}

type Attempt = ParsedDocument | 'too-deep' | 'too-big' | undefined;

/** A block sequence's item (a block mapping) parsed again as a sequence of one item, up to the next item's dash. */
function reparseItem(previous: ParsedDocument, root: ValueNode, text: string, edit: TextEdit, array: ArrayNode, index: number): Attempt {
  const old = previous.text;
  const item = array.items[index];
  const next = array.items[index + 1];
  const region = regionOf(old, item, next);
  if (region === undefined || region === 'too-big') return region;
  const { start, end } = region; // `end`: the next item's dash line, the region ends just before it
  const dash = old.slice(start, item.offset);
  const nextDash = old.slice(end, next.offset);
  if (!DASH_LINE.test(dash) || !DASH_LINE.test(nextDash) || dash.indexOf('-') !== nextDash.indexOf('-')) return undefined;
  if (edit.start < item.offset || edit.oldEnd > end - 1) return undefined; // the newline before the next item stays
  // Up to the next item's dash, indentation included: a block scalar's range takes in the
  // indentation of the line that ends it, so the fragment must have it too.
  const fragment = text.slice(start, end + nextDash.indexOf('-') + edit.delta);
  if (MARKERS.test(fragment) || MARKERS.test(old.slice(start, end)) || !staysInSequence(text, start, end + edit.delta, dash.indexOf('-'))) return undefined;
  const seq = composeBlockSequence(fragment, MAX_DEPTH - depthOf(item));
  if (seq === 'too-deep' || !seq || seq.items.length !== 1) return seq === 'too-deep' ? seq : undefined;
  const map = seq.items[0];
  if (!isMap(map) || map.flow) return undefined;
  const converter = new Converter(text, start);
  const replacement = converter.value(map, depthOf(item), array);
  if (converter.truncated || converter.aliases || replacement.offset !== item.offset || hasEmptyNode(replacement)) return undefined;
  splice(root, item, replacement, end, edit.delta);
  return { ...previous, text, root, replaced: { old: item, replacement } };
}

/**
 * A block mapping's entry whose key starts its line (nothing but indentation before it), parsed again as a
 * mapping of one entry, from its line up to the next entry's key (indentation included, as for an item).
 * Every line between must stay inside the entry: indented past the key, or a dash at the key's column (a
 * sequence as the value), never a comment at or left of the key's column (a comment there can end what
 * precedes it differently; the same rule as for items). Resources of a template, keys of a step.
 */
function reparseEntry(previous: ParsedDocument, root: ValueNode, text: string, edit: TextEdit, object: ObjectNode, index: number): Attempt {
  const old = previous.text;
  const entry = object.properties[index];
  const region = regionOf(old, entry, object.properties[index + 1]);
  if (region === undefined || region === 'too-big') return region;
  const { start, end } = region;
  const next = object.properties[index + 1];
  const column = entry.offset - start;
  if (end <= start || !INDENT.test(old.slice(start, entry.offset)) || next.offset - end !== column || !INDENT.test(old.slice(end, next.offset))) return undefined;
  if (edit.start < entry.offset || edit.oldEnd > end - 1) return undefined; // the key's indentation and the newline before the next entry stay
  const fragment = text.slice(start, end + column + edit.delta);
  if (MARKERS.test(fragment) || MARKERS.test(old.slice(start, end)) || !staysInEntry(text, start, end + edit.delta, column)) return undefined;
  const map = composeBlockMapping(fragment, MAX_DEPTH - depthOf(object) - 1);
  if (map === 'too-deep' || !map || map.items.length !== 1) return map === 'too-deep' ? map : undefined;
  const converter = new Converter(text, start);
  const replacement = converter.property(map.items[0] as Pair, depthOf(object), object);
  if (converter.truncated || converter.aliases || replacement.offset !== entry.offset || hasEmptyNode(replacement)) return undefined;
  splice(root, entry, replacement, end, edit.delta);
  return { ...previous, text, root, replaced: { old: entry, replacement } };
}

/** From the line of `unit` to the line of its next sibling (exclusive); `too-big` past half the text (a whole parse then). */
function regionOf(old: string, unit: AstNode, next: AstNode | undefined): { start: number; end: number } | 'too-big' | undefined {
  if (!next) return undefined;
  const start = lineStart(old, unit.offset);
  const end = lineStart(old, next.offset);
  return end - start > old.length / 2 ? 'too-big' : { start, end };
}

/** Indentation only: spaces (a tab is never YAML indentation). */
const INDENT = /^ *$/;
