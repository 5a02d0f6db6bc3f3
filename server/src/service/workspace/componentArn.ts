/** A component ARN, `arn:<partition>:imagebuilder:<region>:<account>:component/<name>/<version>[/<build>]`. */
export interface ComponentArn {
  readonly partition: string;
  readonly region: string;
  /** `aws` for AWS-managed components. */
  readonly account: string;
  readonly name: string;
  /** `1.0.0`, or with `x` wildcards (`1.x.x`, `x.x.x`); undefined when the ARN stops after the name. */
  readonly version?: string;
  readonly build?: string;
  /** Offset of the name within the ARN text, and its length. */
  readonly nameOffset: number;
}

const ARN = /^arn:([^:]*):imagebuilder:([^:]*):([^:]*):component\/([^/]*)(?:\/([^/]*))?(?:\/([^/]*))?$/;

export function parseComponentArn(text: string): ComponentArn | undefined {
  const match = ARN.exec(text);
  if (!match) return undefined;
  const [, partition, region, account, name, version, build] = match;
  const nameOffset = text.indexOf(':component/') + ':component/'.length;
  return { partition, region, account, name, version: version || undefined, build: build || undefined, nameOffset };
}

export function isManaged(arn: ComponentArn): boolean {
  return arn.account === 'aws';
}

/** The key names are compared by: ARNs hold the component's name in lower case. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/**
 * Whether a component of version `version` (undefined: not known, as for a component file, which has
 * none of its own) is one an ARN of version `pattern` can name: each part equal or `x`.
 */
export function versionMatches(pattern: string | undefined, version: string | undefined): boolean {
  if (!pattern || !version) return true;
  const want = pattern.split('.');
  const have = version.split('.');
  if (want.length !== 3 || have.length !== 3) return pattern === version;
  return want.every((part, i) => part === 'x' || part === have[i]);
}

