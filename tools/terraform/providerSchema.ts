/**
 * `terraform providers schema -json` for hashicorp/aws, run offline against a filesystem mirror of the
 * provider (`terraform init -plugin-dir`), in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TfAttribute {
  readonly type: unknown;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
}

export interface TfBlock {
  readonly attributes?: Readonly<Record<string, TfAttribute>>;
  readonly block_types?: Readonly<Record<string, TfBlockType>>;
  readonly deprecated?: boolean;
}

export interface TfBlockType {
  readonly nesting_mode: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: TfBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export const PROVIDER_VERSION = '5.100.0';
export const DEFAULT_PLUGIN_DIR = '/opt/tf-plugins';

/** The terraform binary on PATH, or undefined. */
export function findTerraform(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'terraform');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The plugin mirror holding hashicorp/aws at `PROVIDER_VERSION`, or undefined. */
export function findPluginDir(): string | undefined {
  const dir = process.env.IB_TF_PLUGIN_DIR ?? DEFAULT_PLUGIN_DIR;
  return fs.existsSync(path.join(dir, 'registry.terraform.io', 'hashicorp', 'aws', PROVIDER_VERSION)) ? dir : undefined;
}

/** The resource schemas of hashicorp/aws whose type starts with `prefix`. */
export function providerResourceSchemas(terraform: string, pluginDir: string, prefix: string): Record<string, { block: TfBlock }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ib-tf-schema-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.tf'), `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "${PROVIDER_VERSION}" }\n  }\n}\n`);
    const env = { ...process.env, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: path.join(dir, 'none.tfrc') };
    fs.writeFileSync(env.TF_CLI_CONFIG_FILE, '');
    execFileSync(terraform, ['init', `-plugin-dir=${pluginDir}`, '-input=false', '-no-color', '-backend=false'], { cwd: dir, env, stdio: 'pipe' });
    const out = execFileSync(terraform, ['providers', 'schema', '-json'], { cwd: dir, env, maxBuffer: 256 * 1024 * 1024 });
    const json = JSON.parse(out.toString('utf8')) as { provider_schemas: Record<string, { resource_schemas: Record<string, { block: TfBlock }> }> };
    const aws = json.provider_schemas['registry.terraform.io/hashicorp/aws'];
    return Object.fromEntries(Object.entries(aws.resource_schemas).filter(([name]) => name.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
