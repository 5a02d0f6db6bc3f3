#!/usr/bin/env node
'use strict';
// Runs the bundled server when packaged (dist/), else the compiled sources (out/).
const fs = require('node:fs');
const path = require('node:path');
const bundled = path.join(__dirname, '..', 'dist', 'server.js');
require(fs.existsSync(bundled) ? bundled : path.join(__dirname, '..', 'out', 'server', 'src', 'lsp', 'main.js'));
