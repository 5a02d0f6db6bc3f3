import { insertProperty, removeProperty, replaceValue } from '../../edits/propertyEdits';
import { FieldEdits, Literal } from './types';

/** How a host spells a field whose meaning is the API's camelCase member name. */
export const SPELLINGS = {
  /** Request files (`--cli-input-json`): the API's own names. */
  camelCase: (meaning: string): string => meaning,
  /** CloudFormation: `hostId` → `HostId`. */
  PascalCase: (meaning: string): string => meaning.charAt(0).toUpperCase() + meaning.slice(1),
  /** Terraform: `hostResourceGroupArn` → `host_resource_group_arn`. */
  snake_case: (meaning: string): string => meaning.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
} as const;

/** Edits for a JSON or YAML host (requests, CloudFormation templates), as the document writes them. */
export function jsonYamlEdits(text: string, json: boolean): FieldEdits {
  return {
    insert: (object, key, value) => insertProperty(text, object, key, render(value, json), json),
    replace: (property, value) => (typeof value === 'string' ? replaceValue(property, value, json) : property.valueNode && { offset: property.valueNode.offset, length: property.valueNode.length, newText: render(value, json) }),
    remove: (object, property) => removeProperty(text, object, property),
  };
}

/** A literal in JSON (`{ "tenancy": "host" }`) or YAML flow style (`{ tenancy: host }`). */
function render(value: Literal, json: boolean): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return json ? JSON.stringify(value) : value;
  const entries = Object.entries(value).map(([k, v]) => `${json ? JSON.stringify(k) : k}: ${render(v, json)}`);
  return `{ ${entries.join(', ')} }`;
}
