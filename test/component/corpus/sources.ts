import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { corpusDir } from '../../support/paths';

/** One component document of the corpus: a file, or the `Data` of a component in a CloudFormation template. */
export interface CorpusSource {
  /** `component-yaml/<file>` or `cloudformation/<file>#<LogicalId>`. */
  readonly label: string;
  readonly languageId: 'yaml' | 'json';
  readonly text: string;
}

/** Every component document in the corpus, in a stable order. */
export function corpusSources(): CorpusSource[] {
  const sources: CorpusSource[] = [];
  const componentDir = path.join(corpusDir, 'component-yaml');
  for (const file of fs.readdirSync(componentDir).sort()) {
    const text = fs.readFileSync(path.join(componentDir, file), 'utf8');
    sources.push({ label: `component-yaml/${file}`, languageId: file.endsWith('.json') ? 'json' : 'yaml', text });
  }
  const cfnDir = path.join(corpusDir, 'cloudformation');
  for (const file of fs.readdirSync(cfnDir).sort()) {
    sources.push(...templateComponents(file, fs.readFileSync(path.join(cfnDir, file), 'utf8')));
  }
  return sources;
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The components of a template whose `Data` is a string (plain, or the template of an `Fn::Sub`). */
function templateComponents(file: string, text: string): CorpusSource[] {
  let template: unknown;
  try {
    template = file.endsWith('.json') ? JSON.parse(text) : YAML.parse(text, { logLevel: 'error', uniqueKeys: false });
  } catch {
    return [];
  }
  const resources = isRecord(template) && isRecord(template.Resources) ? template.Resources : {};
  const out: CorpusSource[] = [];
  for (const [id, resource] of Object.entries(resources)) {
    if (!isRecord(resource) || resource.Type !== 'AWS::ImageBuilder::Component' || !isRecord(resource.Properties)) continue;
    let data = resource.Properties.Data;
    if (isRecord(data) && 'Fn::Sub' in data) {
      const sub = data['Fn::Sub'];
      data = Array.isArray(sub) ? sub[0] : sub;
    }
    if (typeof data === 'string') out.push({ label: `cloudformation/${file}#${id}`, languageId: 'yaml', text: data });
  }
  return out;
}
