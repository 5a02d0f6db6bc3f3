/** The kinds of value the boto3 documentation uses. `map` is a dict with free keys (`{ 'string': 'string' }`). */
export type ShapeType = 'string' | 'integer' | 'boolean' | 'list' | 'dict' | 'map' | 'datetime';

/** One node of a request or response shape, as the spec documents it. */
export interface Shape {
  type: ShapeType;
  /** Allowed values of a string (`'a'|'b'` in the syntax). */
  enum?: string[];
  /** True when the spec marks the field `[REQUIRED]` (only request fields are ever marked). */
  required?: boolean;
  /** Members of a `dict`, in the order of the spec. */
  members?: Record<string, Shape>;
  /** Element of a `list`, or value of a `map`. */
  member?: Shape;
  /** The spec's prose about this field (its description lines, joined by newlines). */
  doc?: string;
}

export function cloneShape(shape: Shape): Shape {
  return JSON.parse(JSON.stringify(shape)) as Shape;
}
