import { ObjectNode, PropertyNode } from '../../ast/types';
import { OffsetEdit, Problem } from '../../validation/problem';

/** A value to write in a fix, in no host's syntax yet: the host's `FieldEdits` render it. */
export type Literal = string | number | { readonly [key: string]: Literal };

/** Edits in the host's own syntax (JSON, YAML, HCL): the rules never write text themselves. */
export interface FieldEdits {
  /** Adds `key` (already spelled) with `value` to `object`. */
  insert(object: ObjectNode, key: string, value: Literal): OffsetEdit;
  /** Sets the value of an existing property; undefined when it has none. */
  replace(property: PropertyNode, value: Literal): OffsetEdit | undefined;
  remove(object: ObjectNode, property: PropertyNode): OffsetEdit;
}

/**
 * What a host gives the shape rules: how its fields are spelled and how its text is edited. A field's
 * meaning is the API's member name (camelCase, `hostResourceGroupArn`); `key` spells it as the host
 * does (`HostResourceGroupArn` in CloudFormation, `host_resource_group_arn` in Terraform).
 */
export interface RuleHost {
  key(meaning: string): string;
  readonly edits: FieldEdits;
}

export interface RuleContext {
  readonly host: RuleHost;
  readonly problems: Problem[];
}

/**
 * A rule about one shape of object, wherever that shape occurs (a request's root, nested, inside a
 * response, a template's resource properties). `shape` is a rule shape (`rules/request/shapes.ts`);
 * each host says which of its schema shapes are of it.
 */
export interface ShapeRule {
  readonly shape: string;
  check(object: ObjectNode, context: RuleContext): void;
}
