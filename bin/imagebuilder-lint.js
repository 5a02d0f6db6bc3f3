#!/usr/bin/env node
'use strict';
// Runs the bundled checker (dist/lint.js: all the npm package has), or in a checkout the newer of it and
// the compiled sources (out/: `npm run build`), so a stale build of either is never the one run.
require('./pick.js')('lint.js', ['server', 'src', 'cli', 'main.js']);
