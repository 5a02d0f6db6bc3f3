// A YAML template as the JSON template CloudFormation (and the CDK) would have: short forms become long
// forms (`!Ref X` → `{ "Ref": "X" }`, `!GetAtt X.Arn` → `{ "Fn::GetAtt": ["X", "Arn"] }`). Lets every
// data-driven case run in both languages.
import { isMap, isScalar, isSeq, Node, parseDocument } from 'yaml';
import { CLOUDFORMATION_TAGS, longFormOf } from '../../server/src/service/parse/cloudFormationTags';

export function yamlTemplateToJson(text: string): string {
  const document = parseDocument(text, { customTags: CLOUDFORMATION_TAGS as never, uniqueKeys: false });
  if (document.errors.length > 0) throw new Error(`not a YAML template: ${document.errors[0].message}`);
  return `${JSON.stringify(plain(document.contents as Node), null, 2)}\n`;
}

function plain(node: Node | null): unknown {
  const value = bare(node);
  const tag = node?.tag;
  if (!tag || !tag.startsWith('!') || tag.startsWith('!!')) return value;
  if (tag === '!GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [longFormOf(tag)]: value };
}

function bare(node: Node | null): unknown {
  if (node === null) return null;
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) out[String(isScalar(pair.key) ? pair.key.value : pair.key)] = plain(pair.value as Node | null);
    return out;
  }
  if (isSeq(node)) return node.items.map((item) => plain(item as Node | null));
  return isScalar(node) ? node.value : null;
}
