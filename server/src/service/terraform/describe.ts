import { TfAttributeSchema, TfNestedBlockSchema, TfResourceSchema, TfType } from './schemaTypes';

/** Terraform's type notation as written in configuration: `list(string)`, `map(string)`. */
export function typeText(type: TfType): string {
  if (typeof type === 'string') return type;
  const [kind, element] = type as readonly [string, TfType];
  return `${kind}(${typeText(element)})`;
}

export function attributeMarkdown(name: string, attribute: TfAttributeSchema): string {
  const flags = attribute.required ? 'required' : attribute.optional ? 'optional' : 'set by the provider';
  const lines = [`**${name}** \`${typeText(attribute.type)}\` (${flags})`];
  if (attribute.documentation) lines.push('', attribute.documentation);
  if (attribute.enum) lines.push('', `Allowed values: ${attribute.enum.map((v) => `\`${v}\``).join(', ')}`);
  if (attribute.cloudformation) lines.push('', `CloudFormation: \`${attribute.cloudformation}\``);
  return lines.join('\n');
}

export function blockMarkdown(name: string, block: TfNestedBlockSchema): string {
  const count = block.maxItems === 1 ? (block.minItems ? 'exactly one' : 'at most one')
    : block.minItems ? `at least ${block.minItems}${block.maxItems ? `, at most ${block.maxItems}` : ''}` : block.maxItems ? `at most ${block.maxItems}` : 'any number';
  const lines = [`**${name}** block (${count})`];
  if (block.documentation) lines.push('', block.documentation);
  const args = Object.entries(block.block.attributes).filter(([, a]) => a.optional || a.required).map(([k, a]) => `\`${k}\`${a.required ? ' (required)' : ''}`);
  const blocks = Object.keys(block.block.blocks).map((k) => `\`${k} { }\``);
  if (args.length + blocks.length > 0) lines.push('', `Takes ${[...args, ...blocks].join(', ')}.`);
  if (block.cloudformation) lines.push('', `CloudFormation: \`${block.cloudformation}\``);
  return lines.join('\n');
}

export function resourceMarkdown(type: string, resource: TfResourceSchema): string {
  const lines = [`**${type}**`];
  if (resource.documentation) lines.push('', resource.documentation);
  if (resource.cloudformationType) lines.push('', `CloudFormation: \`${resource.cloudformationType}\``);
  return lines.join('\n');
}
