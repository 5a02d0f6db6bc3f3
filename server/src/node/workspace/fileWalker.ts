import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { Ignore } from 'ignore';

/** What the index reads: YAML, JSON and Terraform files. */
export const INDEXED_FILE = /\.(ya?ml|json|tf)$/i;
/** Folders never entered. */
export const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface WalkOptions {
  /** The workspace folders (real paths). Nothing outside them is read, and no symlink out of them followed. */
  readonly roots: readonly string[];
  /** Files larger than this many bytes are left out. */
  readonly maxFileSize: number;
  readonly log: (message: string) => void;
  /** Checked between folders: a cancelled walk stops. */
  readonly cancelled?: () => boolean;
}

/** Whether `file` (a real path) is inside one of `roots` (real paths). */
export function insideRoots(file: string, roots: readonly string[]): boolean {
  return roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

/**
 * The indexed files below the roots, found without blocking (each folder read asynchronously):
 * `node_modules` and `.git` skipped, `.gitignore` rules obeyed (each file's rules apply below its
 * folder), files over the size limit left out. A symlink is followed only when its target is inside
 * a root, and each real folder is entered once, so links out of the workspace and link loops are harmless.
 */
export async function* walkWorkspace(options: WalkOptions): AsyncGenerator<string> {
  const seen = new Set<string>();
  for (const root of options.roots) yield* walkFolder(root, [], options, seen);
}

interface Rules {
  readonly base: string;
  readonly rules: Ignore;
}

async function* walkFolder(folder: string, inherited: readonly Rules[], options: WalkOptions, seen: Set<string>): AsyncGenerator<string> {
  if (options.cancelled?.()) return;
  let real: string;
  try {
    real = await fs.promises.realpath(folder);
  } catch (error) {
    options.log(`workspace index: cannot resolve folder ${folder} (${code(error)}); skipped`);
    return;
  }
  if (seen.has(real) || !insideRoots(real, options.roots)) return;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(folder, { withFileTypes: true });
  } catch (error) {
    options.log(`workspace index: cannot read folder ${folder} (${code(error)}); skipped`);
    return;
  }
  const rules = [...inherited];
  if (entries.some((e) => e.name === '.gitignore' && (e.isFile() || e.isSymbolicLink()))) {
    const own = await readGitignore(path.join(folder, '.gitignore'), options);
    if (own) rules.push({ base: folder, rules: own });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (SKIPPED_FOLDERS.has(entry.name)) continue;
    const full = path.join(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await linkTarget(full, options);
      if (!target) continue;
      isDirectory = target.isDirectory;
      isFile = target.isFile;
    }
    if (ignored(rules, full, isDirectory)) continue;
    if (isDirectory) yield* walkFolder(full, rules, options, seen);
    else if (isFile && INDEXED_FILE.test(entry.name)) {
      const file = await admitted(full, options, seen);
      if (file) yield file;
    }
  }
}

/** A symlink's target, if it is inside the roots; a loop or a dangling link is logged and skipped. */
async function linkTarget(link: string, options: WalkOptions): Promise<{ isDirectory: boolean; isFile: boolean } | undefined> {
  try {
    const real = await fs.promises.realpath(link);
    if (!insideRoots(real, options.roots)) return undefined;
    const stat = await fs.promises.stat(real);
    return { isDirectory: stat.isDirectory(), isFile: stat.isFile() };
  } catch (error) {
    options.log(`workspace index: symlink ${link} cannot be followed (${code(error)}); skipped`);
    return undefined;
  }
}

/** The file, when it is within the size limit and not already found under another name (a link to it). */
async function admitted(file: string, options: WalkOptions, seen: Set<string>): Promise<string | undefined> {
  try {
    const real = await fs.promises.realpath(file);
    if (seen.has(real) || !insideRoots(real, options.roots)) return undefined;
    seen.add(real);
    const stat = await fs.promises.stat(real);
    if (stat.size > options.maxFileSize) {
      options.log(`workspace index: ${file} is larger than imagebuilder.maxFileSize (${stat.size} > ${options.maxFileSize} bytes); not indexed`);
      return undefined;
    }
    return file;
  } catch (error) {
    options.log(`workspace index: cannot read ${file} (${code(error)}); skipped`);
    return undefined;
  }
}

async function readGitignore(file: string, options: WalkOptions): Promise<Ignore | undefined> {
  try {
    const real = await fs.promises.realpath(file);
    if (!insideRoots(real, options.roots)) return undefined;
    return ignore().add(await fs.promises.readFile(real, 'utf8'));
  } catch (error) {
    options.log(`workspace index: cannot read ${file} (${code(error)}); its rules are not applied`);
    return undefined;
  }
}

/** Whether a path is ignored by the `.gitignore` rules of its folder or any folder above it. */
export function ignored(rules: readonly Rules[], full: string, isDirectory: boolean): boolean {
  for (const { base, rules: own } of rules) {
    const relative = path.relative(base, full).split(path.sep).join('/');
    if (relative === '' || relative.startsWith('..')) continue;
    if (own.ignores(isDirectory ? `${relative}/` : relative)) return true;
  }
  return false;
}

/** The `.gitignore` rules that apply to `file`, read from its folder up to its root (for a single changed file). */
export async function rulesFor(file: string, root: string, options: WalkOptions): Promise<Rules[]> {
  const folders: string[] = [];
  for (let folder = path.dirname(file); insideRoots(folder, [root]); folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (folder === root || path.dirname(folder) === folder) break;
  }
  const rules: Rules[] = [];
  for (const folder of folders) {
    const gitignore = path.join(folder, '.gitignore');
    if (!fs.existsSync(gitignore)) continue;
    const own = await readGitignore(gitignore, options);
    if (own) rules.push({ base: folder, rules: own });
  }
  return rules;
}

/** Whether a single file (from a watcher event) is one the walk would index: inside a root, not skipped or ignored. */
export async function isIndexable(file: string, options: WalkOptions): Promise<boolean> {
  if (!INDEXED_FILE.test(file)) return false;
  const root = options.roots.find((r) => insideRoots(file, [r]));
  if (!root) return false;
  const parts = path.relative(root, file).split(path.sep);
  if (parts.some((p) => SKIPPED_FOLDERS.has(p))) return false;
  const rules = await rulesFor(file, root, options);
  let at = root;
  for (const part of parts.slice(0, -1)) {
    at = path.join(at, part);
    if (ignored(rules, at, true)) return false;
  }
  return !ignored(rules, file, false);
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}
