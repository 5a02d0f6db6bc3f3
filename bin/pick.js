'use strict';
// Shared by the two bin scripts: loads dist/<bundle>, or out/<compiled> when the last `tsc -b` of the
// server and CLI (the newer of the service's and the server project's build info, rewritten by every build
// that changed either) is newer than the bundle.
const fs = require('node:fs');
const path = require('node:path');

module.exports = function pick(bundle, compiled) {
  const root = path.join(__dirname, '..');
  const candidates = [path.join(root, 'dist', bundle), path.join(root, 'out', ...compiled)];
  const stamps = [[candidates[0]], ['service.tsbuildinfo', 'server.tsbuildinfo'].map((info) => path.join(root, 'out', info))];
  const built = candidates.map((file, i) => ({ file, mtime: mtimeOf(file) === undefined ? undefined : newest(stamps[i]) }))
    .filter((c) => c.mtime !== undefined);
  if (built.length === 0) {
    process.stderr.write(`imagebuilder-language-tools: neither ${candidates.join(' nor ')} exists: run npm run build (or npm run bundle)\n`);
    process.exit(2);
  }
  built.sort((a, b) => b.mtime - a.mtime);
  require(built[0].file);
};

function newest(files) {
  const times = files.map(mtimeOf).filter((t) => t !== undefined);
  return times.length === 0 ? undefined : Math.max(...times);
}

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
