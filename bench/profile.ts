import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Summarises V8 `.cpuprofile` files (from `npm run bench -- --profile=DIR`): self time by function
 * and by file, the biggest first. Usage: node out/bench/profile.js DIR|FILE... [--top=25]
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

function main(): void {
  const args = process.argv.slice(2);
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 25);
  const files = args.filter((a) => !a.startsWith('--')).flatMap((a) =>
    fs.statSync(a).isDirectory() ? fs.readdirSync(a).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(a, f)) : [a]);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      if (!node) return;
      total += ms;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = shortUrl(url);
      const name = `${functionName || '(anonymous)'} ${where}${url ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
      byFile.set(where || functionName, (byFile.get(where || functionName) ?? 0) + ms);
    });
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title} (self time, of ${total.toFixed(0)} ms sampled)`);
    for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
    }
  };
  print('By file', byFile);
  print('By function', byFunction);
}

function shortUrl(url: string): string {
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) return url.slice(i + 'node_modules/'.length);
  const j = url.indexOf('/out/');
  return j >= 0 ? url.slice(j + 1) : url.replace(/^file:\/\//, '');
}

main();
