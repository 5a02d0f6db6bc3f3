import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusDir, repoRoot } from '../support/paths';

/** The example and corpus files every robustness property runs over. */
export interface InputFile {
  /** Relative name, for messages. */
  readonly name: string;
  readonly text: string;
  readonly languageId: 'yaml' | 'json';
}

const EXTENSIONS = /\.(ya?ml|json|template|tpl|tfpl)$/i;

let cached: InputFile[] | undefined;

/** `examples/` of the repository and `../shared/corpus` (when present), in a stable order. */
export function inputFiles(): InputFile[] {
  cached ??= [...filesUnder(path.join(repoRoot, 'examples'), 'examples'), ...filesUnder(corpusDir, 'corpus')];
  return cached;
}

function filesUnder(dir: string, label: string): InputFile[] {
  if (!fs.existsSync(dir)) return [];
  const result: InputFile[] = [];
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && EXTENSIONS.test(entry.name)) {
        result.push({
          name: `${label}/${path.relative(dir, full)}`,
          text: fs.readFileSync(full, 'utf8'),
          languageId: /\.json$/i.test(entry.name) ? 'json' : 'yaml',
        });
      }
    }
  };
  walk(dir);
  return result;
}
