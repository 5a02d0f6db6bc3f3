import { arrayNode, booleanNode, nullNode, numberNode, objectNode, propertyNode, resizeNode, stringNode } from '../../ast/nodes';
import { ArrayNode, AstNode, ObjectNode, PropertyNode, StringNode, ValueNode } from '../../ast/types';
import { MAX_DEPTH, ParsedDocument, SyntaxProblem } from '../types';
import { collectSyntaxErrors } from './hclErrors';
import { heredocBody, heredocValue, unescapeQuoted } from './strings';
import { firstNamed, HclParser, named, Syn } from './syntax';
import { fullSyntax, HclTreeSlot } from './hclTrees';
import { HclCall, HclDocumentInfo, HclTemplate } from './types';
import { unknownValue, UnknownReason } from './unknown';

/**
 * HCL (Terraform) text into the shared AST, through tree-sitter's HCL grammar:
 * - the file and every block body are block mappings (`flow: false`), in document order;
 * - an attribute `name = value` is a property (its `=` is the property's `colonOffset`);
 * - a block `type "label" … { … }` is a property keyed by its type, with its labels (`PropertyNode.labels`)
 *   and its body as value; repeated blocks (`component { … }` twice) are repeated properties;
 * - literals become strings, numbers, booleans and null; tuples and objects become flow sequences and
 *   mappings; a quoted string or heredoc without `${…}`/`%{…}` is a string with its value;
 * - every other expression (references, function calls, conditionals, `for`, operations, templates) is an
 *   unknown value (`unknown.ts`); templates and calls are also described in `hcl` (`HclDocumentInfo`).
 * Never throws; a text the parser rejects gets syntax errors and the tree tree-sitter recovered. With a
 * `slot`, the document's last tree is kept there and this version parsed from it (`hclTrees.ts`).
 */
export function parseHcl(text: string, parser: HclParser, slot?: HclTreeSlot): ParsedDocument {
  const syn = slot ? slot.trees.syntax(slot.key, text, parser) : fullSyntax(text, parser);
  if (!syn) return { text, language: 'hcl', root: undefined, syntaxErrors: [{ offset: 0, length: 0, message: 'The HCL parser failed on this text.', parserCode: 'parser-failed', severity: 'error' }], extraDocuments: 0, truncatedDepth: false };
  const converter = new Converter(text);
  const root = objectNode(0, text.length, undefined, [], false);
  converter.body(syn, root, 0);
  const syntaxErrors: SyntaxProblem[] = collectSyntaxErrors(syn, text);
  const hcl: HclDocumentInfo = { templates: converter.templates, calls: converter.calls };
  return { text, language: 'hcl', root, syntaxErrors, extraDocuments: 0, truncatedDepth: converter.truncated, hcl };
}

class Converter {
  readonly templates = new Map<ValueNode, HclTemplate>();
  readonly calls = new Map<ValueNode, HclCall>();
  truncated = false;

  constructor(private readonly text: string) {}

  /**
   * The items of a body. Where tree-sitter gave up (`ERROR` nodes, as for a block still being typed at
   * the end of the file), the tokens inside are read in order as the grammar would: `type "label" {`
   * opens a block, `}` closes it, `name =` starts an attribute; blocks left open end where the text does.
   */
  body(body: Syn, into: ObjectNode, depth: number): void {
    const open: Array<{ property: PropertyNode; body: ObjectNode }> = [];
    const top = (): ObjectNode => open[open.length - 1]?.body ?? into;
    let pending: Syn[] = [];
    let end = body.end;
    const items = flatten(body.children);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      end = Math.max(end, item.end);
      const level = depth + open.length;
      if (item.type === 'attribute') this.attribute(item, top(), level);
      else if (item.type === 'block') this.block(item, top(), level);
      else if (item.type === 'identifier' || item.type === 'string_lit') {
        pending.push(item);
        continue;
      } else if (item.type === '=' && pending.length === 1 && pending[0].type === 'identifier') {
        const value = items[i + 1]?.type === 'expression' ? items[++i] : undefined;
        this.partialAttribute(pending[0], item, value, top(), level);
      } else if (item.type === 'block_start' && pending[0]?.type === 'identifier' && level < MAX_DEPTH) {
        const parent = top();
        const [type, ...labels] = pending;
        const property = propertyNode(type.start, 0, parent, this.identifier(type), undefined, undefined, labels.map((l) => (l.type === 'identifier' ? this.identifier(l) : this.stringLiteral(l, undefined))));
        property.keyNode.parent = property;
        for (const label of property.labels!) label.parent = property;
        const inner = objectNode(item.start, 0, property, [], false);
        property.valueNode = inner;
        parent.properties.push(property);
        open.push({ property, body: inner });
      } else if (item.type === 'block_end' && open.length > 0) {
        close(open.pop()!, item.end);
      }
      pending = [];
    }
    // A name being typed where an item goes: a property with no value yet (completion finds it).
    const last = pending[pending.length - 1];
    if (last?.type === 'identifier' && pending.length === 1) this.partialAttribute(last, undefined, undefined, top(), depth + open.length);
    while (open.length > 0) close(open.pop()!, end);
  }

  private partialAttribute(name: Syn, equals: Syn | undefined, value: Syn | undefined, parent: ObjectNode, depth: number): void {
    const endAt = value?.end ?? equals?.end ?? name.end;
    const property = propertyNode(name.start, endAt - name.start, parent, this.identifier(name), undefined, equals?.start);
    property.keyNode.parent = property;
    if (value && value.end > value.start) property.valueNode = this.expression(value, property, depth + 1);
    parent.properties.push(property);
  }

  private attribute(syn: Syn, parent: ObjectNode, depth: number): void {
    const name = firstNamed(syn, 'identifier');
    if (!name || name.missing) return;
    const equals = syn.children.find((c) => !c.named && c.type === '=');
    const property = propertyNode(syn.start, syn.end - syn.start, parent, this.identifier(name), undefined, equals?.start);
    property.keyNode.parent = property;
    const value = firstNamed(syn, 'expression');
    if (value && !value.missing && value.end > value.start) property.valueNode = this.expression(value, property, depth + 1);
    parent.properties.push(property);
  }

  private block(syn: Syn, parent: ObjectNode, depth: number): void {
    const [type, ...rest] = syn.children.filter((c) => c.type === 'identifier' || c.type === 'string_lit');
    if (!type || type.type !== 'identifier' || type.missing) return;
    const labels = rest.filter((c) => !c.missing).map((c) => (c.type === 'identifier' ? this.identifier(c) : this.stringLiteral(c, undefined)));
    const open = syn.children.find((c) => c.type === 'block_start');
    const close = syn.children.find((c) => c.type === 'block_end');
    const property = propertyNode(syn.start, syn.end - syn.start, parent, this.identifier(type), undefined, undefined, labels);
    property.keyNode.parent = property;
    for (const label of labels) label.parent = property;
    if (open && !open.missing) {
      const end = close && !close.missing ? close.end : syn.end;
      const body = objectNode(open.start, end - open.start, property, [], false);
      property.valueNode = body;
      // The block's own children between its braces: its body, and any ERROR tree-sitter left beside it.
      const from = syn.children.indexOf(open) + 1;
      const to = close && !close.missing ? syn.children.indexOf(close) : syn.children.length;
      if (depth >= MAX_DEPTH) this.truncated = true;
      else this.body({ ...syn, children: syn.children.slice(from, to) }, body, depth + 1);
    }
    parent.properties.push(property);
  }

  private identifier(syn: Syn): StringNode {
    return stringNode(syn.start, syn.end - syn.start, undefined, this.text.slice(syn.start, syn.end), 'plain');
  }

  private stringLiteral(syn: Syn, parent: AstNode | undefined): StringNode {
    const literal = firstNamed(syn, 'template_literal');
    const raw = literal ? this.text.slice(literal.start, literal.end) : '';
    return stringNode(syn.start, syn.end - syn.start, parent, unescapeQuoted(raw), 'double');
  }

  private unknown(syn: Syn, parent: AstNode, reason: UnknownReason): StringNode {
    return unknownValue(syn.start, syn.end - syn.start, parent, reason, this.text.slice(syn.start, syn.end));
  }

  /** An `expression` node (or one of its forms) as a value. */
  expression(syn: Syn, parent: AstNode, depth: number): ValueNode {
    if (depth >= MAX_DEPTH) {
      this.truncated = true;
      return this.unknown(syn, parent, 'invalid');
    }
    if (syn.type === 'expression') {
      const parts = named(syn);
      // `base.attr`, `base[0]`, `base.*`: a traversal, never a literal.
      if (parts.length !== 1) return this.unknown(syn, parent, parts.length === 0 ? 'invalid' : parts.some((p) => p.type === 'splat') ? 'splat' : 'reference');
      // `(expression)` is an expression inside one, the parentheses anonymous children.
      return this.expression(parts[0], parent, depth + 1);
    }
    switch (syn.type) {
      case 'literal_value': return this.literal(syn, parent);
      case 'collection_value': {
        const inner = firstNamed(syn);
        return inner ? this.expression(inner, parent, depth + 1) : this.unknown(syn, parent, 'invalid');
      }
      case 'tuple': return this.tuple(syn, parent, depth);
      case 'object': return this.object(syn, parent, depth);
      case 'template_expr': {
        const inner = firstNamed(syn);
        return inner ? this.template(inner, parent) : this.unknown(syn, parent, 'invalid');
      }
      case 'function_call': return this.call(syn, parent, depth);
      case 'variable_expr': return this.unknown(syn, parent, 'reference');
      case 'conditional': return this.unknown(syn, parent, 'conditional');
      case 'for_expr': return this.unknown(syn, parent, 'for');
      case 'operation': return this.unknown(syn, parent, 'operation');
      default: return this.unknown(syn, parent, 'invalid');
    }
  }

  private literal(syn: Syn, parent: AstNode): ValueNode {
    const inner = firstNamed(syn);
    const [offset, length] = [syn.start, syn.end - syn.start];
    const source = this.text.slice(syn.start, syn.end);
    switch (inner?.type) {
      case 'numeric_lit': {
        const value = Number(source);
        if (!Number.isFinite(value)) return this.unknown(syn, parent, 'invalid');
        return numberNode(offset, length, parent, value, /^[0-9]+$/.test(source), source);
      }
      case 'bool_lit': return booleanNode(offset, length, parent, source === 'true');
      case 'null_lit': return nullNode(offset, length, parent);
      case 'string_lit': return this.stringLiteral(inner, parent);
      default: return this.unknown(syn, parent, 'invalid');
    }
  }

  private tuple(syn: Syn, parent: AstNode, depth: number): ArrayNode {
    const node = arrayNode(syn.start, syn.end - syn.start, parent, [], true);
    for (const item of syn.children) {
      if (item.type === 'expression' && !item.missing && item.end > item.start) node.items.push(this.expression(item, node, depth + 1));
    }
    return node;
  }

  private object(syn: Syn, parent: AstNode, depth: number): ObjectNode {
    const node = objectNode(syn.start, syn.end - syn.start, parent, [], true);
    for (const elem of syn.children) {
      if (elem.type !== 'object_elem') continue;
      const key = elem.children.find((c) => c.field === 'key');
      const value = elem.children.find((c) => c.field === 'val');
      if (!key || key.missing || key.end <= key.start) continue;
      const separator = elem.children.find((c) => !c.named && (c.type === '=' || c.type === ':'));
      const property = propertyNode(elem.start, elem.end - elem.start, node, this.objectKey(key), undefined, separator?.start);
      property.keyNode.parent = property;
      if (value && !value.missing && value.end > value.start) property.valueNode = this.expression(value, property, depth + 1);
      node.properties.push(property);
    }
    return node;
  }

  /** `name = …` and `"name" = …` are the key `name`; any other key expression keeps its source as the key. */
  private objectKey(key: Syn): StringNode {
    const parts = named(key);
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only?.type === 'variable_expr') return this.identifier(only);
    const literal = only?.type === 'literal_value' ? firstNamed(only, 'string_lit') : undefined;
    if (literal) return this.stringLiteral(literal, undefined);
    return this.identifier(key);
  }

  private template(syn: Syn, parent: AstNode): ValueNode {
    const sequences: Array<HclTemplate['sequences'][number]> = [];
    for (const part of syn.children) {
      if (part.type === 'template_interpolation') sequences.push({ offset: part.start, length: part.end - part.start, kind: 'interpolation' });
      else if (part.type === 'template_directive') sequences.push({ offset: part.start, length: part.end - part.start, kind: 'directive' });
    }
    let template: HclTemplate;
    let value: string;
    if (syn.type === 'heredoc_template') {
      const markers = syn.children.filter((c) => c.type === 'heredoc_identifier');
      const opener = syn.children.find((c) => c.type === 'heredoc_start');
      const flush = opener !== undefined && this.text.startsWith('<<-', opener.start);
      const openerEnd = markers[0]?.end ?? opener?.end ?? syn.start;
      const closeStart = markers.length > 1 ? markers[markers.length - 1].start : syn.end;
      const body = heredocBody(this.text, openerEnd, closeStart, flush);
      template = { kind: 'heredoc', heredoc: body, contentStart: body.start, contentEnd: body.end, sequences };
      value = heredocValue(this.text, body);
    } else {
      const open = syn.children.find((c) => c.type === 'quoted_template_start');
      const close = syn.children.find((c) => c.type === 'quoted_template_end');
      const contentStart = open?.end ?? syn.start;
      const contentEnd = close && !close.missing ? close.start : syn.end;
      template = { kind: 'quoted', contentStart, contentEnd, sequences };
      value = unescapeQuoted(this.text.slice(contentStart, contentEnd));
    }
    const node: ValueNode = sequences.length > 0
      ? this.unknown(syn, parent, 'template')
      : stringNode(syn.start, syn.end - syn.start, parent, value, template.kind === 'heredoc' ? 'block' : 'double');
    this.templates.set(node, template);
    return node;
  }

  private call(syn: Syn, parent: AstNode, depth: number): ValueNode {
    const node = this.unknown(syn, parent, 'call');
    const name = firstNamed(syn, 'identifier');
    const args = firstNamed(syn, 'function_arguments');
    const values = args ? args.children.filter((c) => c.type === 'expression' && !c.missing && c.end > c.start).map((a) => this.expression(a, node, depth + 1)) : [];
    if (name) this.calls.set(node, { name: this.text.slice(name.start, name.end), nameOffset: name.start, args: values });
    return node;
  }
}

/** A block opened inside an `ERROR` node ends at its `}` or where the error ends. */
function close(open: { property: PropertyNode; body: ObjectNode }, end: number): void {
  resizeNode(open.body, end - open.body.offset);
  resizeNode(open.property, end - open.property.offset);
}

/** The children, with `ERROR` nodes and nested bodies expanded in place (iteratively: no recursion). */
function flatten(children: readonly Syn[]): Syn[] {
  const out: Syn[] = [];
  const stack: Syn[] = [...children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ((node.type === 'ERROR' || node.type === 'body') && !node.missing) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    } else out.push(node);
  }
  return out;
}
