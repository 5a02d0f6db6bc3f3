import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces a file's content atomically: a temporary file in the same folder (so the rename stays on one
 * file system), with the original's permissions, renamed over the target. A symbolic link is followed: its
 * target is replaced, the link stays. Returns an error message, or undefined.
 */
export function writeAtomic(file: string, content: string): string | undefined {
  let target: string;
  let mode: number;
  try {
    target = fs.realpathSync(file);
    mode = fs.statSync(target).mode & 0o7777;
  } catch (error) {
    return `${file}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.imagebuilder-lint.tmp`);
  try {
    fs.writeFileSync(temporary, content, { mode, flag: 'wx' });
    fs.chmodSync(temporary, mode);
    fs.renameSync(temporary, target);
    return undefined;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    return `${file}: cannot write the fixed file (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
}
