#!/usr/bin/env node
'use strict';
// Runs the bundled server (dist/server.js: all the npm package has), or in a checkout the newer of it and
// the compiled sources (out/: `npm run build`), so a stale build of either is never the one run.
require('./pick.js')('server.js', ['server', 'src', 'lsp', 'main.js']);
