/**
 * Compares a schema with a spec shape: same fields at the same paths, same types, same enums (a
 * string the spec leaves open may carry an enum taken from the spec's prose, marked
 * `x-enum-from: description`), same `required` (clientToken excepted: it must be `x-autofilled`),
 * and no field the spec lacks. What the newer CloudFormation specification changes is marked and set
 * aside here (`x-source: cloudformation`, `x-seed-required`, `x-enum-cloudformation`; see schemas/README.md). Returns the differences as readable messages.
 */
import type { Shape } from './shape';
import { deref, type Located, type SchemaNode } from './schemaFiles';

export interface CompareOptions {
  /** Property names tolerated on the root besides the spec's (`$schema` on requests). */
  extraRootProperties?: string[];
}

interface Ctx {
  files: Map<string, SchemaNode>;
  errors: string[];
  /** Prose of the field and of its ancestors, nearest last. */
  docs: string[];
}

const AUTOFILLED = 'clientToken';

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = [...new Set(a)].sort();
  const sb = [...new Set(b)].sort();
  return a.length === sa.length && b.length === sb.length && sa.join('\u0000') === sb.join('\u0000');
}

function mentions(docs: string[], value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const word = new RegExp(`(^|[^A-Za-z0-9])${escaped}([^A-Za-z0-9]|$)`);
  return docs.some((d) => word.test(d));
}

function checkEnum(spec: Shape, node: SchemaNode, path: string, ctx: Ctx): void {
  // Values the newer CloudFormation specification adds (x-enum-cloudformation) are not the seed's.
  const newer = Array.isArray(node['x-enum-cloudformation']) ? (node['x-enum-cloudformation'] as unknown[]) : [];
  const actual = Array.isArray(node.enum) ? node.enum.filter((v) => !newer.includes(v)) : node.enum;
  if (spec.enum !== undefined) {
    if (!Array.isArray(actual) || !actual.every((v) => typeof v === 'string') || !sameSet(actual as string[], spec.enum)) {
      ctx.errors.push(`${path}: enum ${JSON.stringify(actual)} differs from the spec's ${JSON.stringify(spec.enum)}`);
    }
    if (node['x-enum-from'] !== undefined) ctx.errors.push(`${path}: x-enum-from on an enum the spec's syntax defines`);
    return;
  }
  if (actual === undefined) return;
  if (node['x-enum-from'] !== 'description') {
    ctx.errors.push(`${path}: enum on a plain string without x-enum-from: "description"`);
    return;
  }
  for (const v of actual) {
    if (typeof v !== 'string' || !mentions(ctx.docs, v)) {
      ctx.errors.push(`${path}: enum value ${JSON.stringify(v)} is not mentioned in the spec's text for this field`);
    }
  }
}

function compareDict(spec: Shape, at: Located, path: string, ctx: Ctx, extra: string[]): void {
  const node = at.node;
  const specMembers = spec.members ?? {};
  const props = node.properties ?? {};
  if (node.additionalProperties !== false) ctx.errors.push(`${path}: an object must set additionalProperties: false`);
  for (const key of Object.keys(specMembers)) {
    if (!(key in props)) ctx.errors.push(`${path}.${key}: missing (the spec has it)`);
  }
  for (const key of Object.keys(props)) {
    const newer = props[key]['x-source'] === 'cloudformation'; // newer than the seed: checked by the CloudFormation cross-check
    if (!(key in specMembers) && !extra.includes(key) && !newer) ctx.errors.push(`${path}.${key}: not in the spec`);
  }
  const expected = Object.entries(specMembers)
    .filter(([k, m]) => m.required === true && k !== AUTOFILLED)
    .map(([k]) => k);
  // x-seed-required: the seed requires it, the newer CloudFormation specification does not (so neither do we).
  const seedRequired = Object.keys(props).filter((k) => props[k]['x-seed-required'] === true);
  const actual = [...(node.required ?? []), ...seedRequired];
  if (!sameSet(actual, expected)) {
    ctx.errors.push(`${path}: required ${JSON.stringify(actual)} differs from the spec's ${JSON.stringify(expected)}`);
  }
  for (const [key, member] of Object.entries(specMembers)) {
    const prop = props[key];
    if (prop === undefined) continue;
    if (key === AUTOFILLED && member.required === true) {
      if (prop['x-autofilled'] !== true) ctx.errors.push(`${path}.${key}: must carry x-autofilled: true`);
    }
    compareShape(member, { file: at.file, node: prop }, `${path}.${key}`, ctx);
  }
}

function compareShape(spec: Shape, at: Located, path: string, ctx: Ctx, extraRoot: string[] = []): void {
  let target: Located;
  try {
    target = deref(ctx.files, at);
  } catch (e) {
    ctx.errors.push(`${path}: ${(e as Error).message}`);
    return;
  }
  const node = target.node;
  ctx.docs.push(spec.doc ?? '');
  try {
    switch (spec.type) {
      case 'string':
      case 'integer':
      case 'boolean':
        if (node.type !== spec.type) ctx.errors.push(`${path}: type ${String(node.type)}, the spec says ${spec.type}`);
        if (spec.type === 'string') checkEnum(spec, node, path, ctx);
        else if (node.enum !== undefined) ctx.errors.push(`${path}: enum on a ${spec.type}`);
        return;
      case 'datetime':
        if (node.type !== 'string' || node.format !== 'date-time') {
          ctx.errors.push(`${path}: a datetime must be a string with format date-time`);
        }
        return;
      case 'list':
        if (node.type !== 'array' || node.items === undefined) {
          ctx.errors.push(`${path}: type ${String(node.type)}, the spec says list (array with items)`);
          return;
        }
        compareShape(spec.member as Shape, { file: target.file, node: node.items }, `${path}[]`, ctx);
        return;
      case 'map': {
        const value = node.additionalProperties;
        if (node.type !== 'object' || typeof value !== 'object' || Object.keys(node.properties ?? {}).length > 0) {
          ctx.errors.push(`${path}: a map must be an object with an additionalProperties schema and no properties`);
          return;
        }
        compareShape(spec.member as Shape, { file: target.file, node: value }, `${path}{}`, ctx);
        return;
      }
      case 'dict':
        if (node.type !== 'object') {
          ctx.errors.push(`${path}: type ${String(node.type)}, the spec says dict (object)`);
          return;
        }
        compareDict(spec, target, path, ctx, extraRoot);
        return;
    }
  } finally {
    ctx.docs.pop();
  }
}

/** Differences between the root of schema file `file` and the spec shape. */
export function compareWithSpec(files: Map<string, SchemaNode>, file: string, spec: Shape, options: CompareOptions = {}): string[] {
  const root = files.get(file);
  if (root === undefined) return [`${file}: missing`];
  const ctx: Ctx = { files, errors: [], docs: [] };
  compareShape(spec, { file, node: root }, file, ctx, options.extraRootProperties ?? []);
  return ctx.errors;
}
