/** The JSON Schema subset of `schemas/README.md` (the dialect the bundled schemas are written in). */
export interface JsonSchema {
  $ref?: string;
  $schema?: string;
  title?: string;
  description?: string;
  type?: SchemaType;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  enumDescriptions?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  /** What `pattern` requires, in words, completing "it must …" (VS Code's JSON-schema convention). */
  patternErrorMessage?: string;
  format?: string;
  default?: unknown;
  deprecationMessage?: string;
  definitions?: Record<string, JsonSchema>;
  'x-autofilled'?: boolean;
  'x-operation'?: string;
  'x-direction'?: 'request' | 'response';
  [annotation: `x-${string}`]: unknown;
}

export type SchemaType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';

/** The raw schema files, by file name (`shapes.schema.json`, `create-component.request.schema.json`, ...). */
export type SchemaFiles = ReadonlyMap<string, JsonSchema>;
