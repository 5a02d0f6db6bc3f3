import * as fs from 'node:fs';
import * as path from 'node:path';

export interface PackageInfo {
  readonly version: string;
  /** The project's home page (README). */
  readonly homepage: string;
  /** README's diagnostics table, every rule's help link. */
  readonly rulesUri: string;
}

const NAME = 'imagebuilder-language-tools';

/**
 * Our package.json, found above this file: beside `dist/` in the npm package and the .vsix, above
 * `out/server/src/node/` in a checkout.
 */
export function packageInfo(start: string = __dirname): PackageInfo {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    try {
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string; homepage?: string };
      if (manifest.name === NAME && manifest.version) {
        const homepage = manifest.homepage ?? '';
        return { version: manifest.version, homepage, rulesUri: `${homepage.replace(/#.*$/, '')}/blob/main/README.md#diagnostics` };
      }
    } catch {
      // not here: look further up
    }
    if (path.dirname(dir) === dir) return { version: '0.0.0-unknown', homepage: '', rulesUri: '' };
  }
}
