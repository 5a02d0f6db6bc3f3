// Renders images/icon.svg to images/icon.png (128x128; the Marketplace does not take SVG icons)
// with Debian chromium through playwright-core. Run: node scripts/images/render-icon.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const images = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'images');
const svg = readFileSync(join(images, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: join(images, 'icon.png'), omitBackground: true });
await browser.close();
console.log('wrote images/icon.png');
