import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FileView } from '../service/analysis';

/**
 * The file system as the service's `FileView` (the service reads no file): whether a `file:` URI names an
 * existing file, for Terraform's `file("…")` paths. Any other scheme (a virtual workspace): cannot tell.
 */
export const nodeFiles: FileView = {
  exists(uri) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      return fs.statSync(fileURLToPath(uri)).isFile();
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR' ? false : undefined;
    }
  },
};
