// Where the real-editor tools are: from the environment that scripts/e2e/install.sh prints, or its default cache.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../../support/paths';

export const CODE_SERVER_VERSION = '4.139.1'; // keep in step with scripts/e2e/install.sh

export interface Tools {
  /** Node 24, used only to run code-server. */
  node24: string;
  /** code-server's out/node/entry.js. */
  csEntry: string;
  chromium: string;
  nvim: string;
  emacs: string;
  kate: string;
  /** The X server Kate runs in, the tool that types into it, and the screenshot pipeline (xwd, netpbm). */
  xvfb: string;
  xdotool: string;
  xwd: string;
  xwdtopnm: string;
  pnmtopng: string;
}

export const cacheDir: string = process.env.IB_E2E_CACHE || path.join(os.homedir(), '.cache', 'imagebuilder-e2e');
export const artifactsDir: string = path.join(repoRoot, 'test-artifacts', 'e2e');
export const installScript: string = path.join(repoRoot, 'scripts', 'e2e', 'install.sh');

export function locateTools(): { tools: Tools; missing: string[] } {
  const tools: Tools = {
    node24: process.env.NODE24 || path.join(cacheDir, 'node24', 'node_modules', 'node', 'bin', 'node'),
    csEntry: process.env.CS_ENTRY
      || path.join(cacheDir, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    chromium: process.env.CHROMIUM || '/usr/bin/chromium',
    nvim: process.env.NVIM || '/usr/bin/nvim',
    emacs: process.env.EMACS || '/usr/bin/emacs',
    kate: process.env.KATE || '/usr/bin/kate',
    xvfb: process.env.XVFB || '/usr/bin/Xvfb',
    xdotool: process.env.XDOTOOL || '/usr/bin/xdotool',
    xwd: '/usr/bin/xwd',
    xwdtopnm: '/usr/bin/xwdtopnm',
    pnmtopng: '/usr/bin/pnmtopng',
  };
  const missing = Object.entries(tools).filter(([, p]) => !fs.existsSync(p)).map(([k, p]) => `${k} (${p})`);
  return { tools, missing };
}

/** The tools, or an error that says how to get them. */
export function requireTools(): Tools {
  const { tools, missing } = locateTools();
  if (missing.length) throw new Error(`real-editor tools missing: ${missing.join(', ')}. Run: bash ${installScript}`);
  return tools;
}

export function freshDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ib-e2e-${prefix}-`));
}
