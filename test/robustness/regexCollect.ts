import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** Every regular expression the program runs on document text: schema patterns and the sources' literals. */
export interface CollectedRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

/** Every `pattern` in the bundled schemas (compiled with the `u` flag, as the validator does). */
export function schemaPatterns(schemasDir: string): CollectedRegex[] {
  const result: CollectedRegex[] = [];
  if (!fs.existsSync(schemasDir)) return result;
  const names = fs.readdirSync(schemasDir).filter((n) => n.endsWith('.json'));
  const generated = path.join(schemasDir, 'cloudformation');
  if (fs.existsSync(generated)) names.push(...fs.readdirSync(generated).filter((n) => n.endsWith('.json')).map((n) => `cloudformation/${n}`));
  for (const name of names.sort()) {
    const visit = (value: unknown, at: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${at}/${i}`));
      else if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === 'pattern' && typeof child === 'string') result.push({ where: `${name}#${at}`, source: child, flags: 'u' });
          else visit(child, `${at}/${key}`);
        }
      }
    };
    visit(JSON.parse(fs.readFileSync(path.join(schemasDir, name), 'utf8')), '');
  }
  return result;
}

/**
 * Every regular-expression literal, and every `new RegExp('literal')`, in the TypeScript under `dir`.
 * `new RegExp` from a computed string is listed in `computed` (those are tested through their module).
 */
export function sourceRegexes(dir: string): { literals: CollectedRegex[]; computed: string[] } {
  const literals: CollectedRegex[] = [];
  const computed: string[] = [];
  const walk = (current: string): void => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) scan(full);
    }
  };
  const scan = (file: string): void => {
    const sourceFile = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) => `${path.relative(dir, file)}:${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        literals.push({ where: where(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        const flags = second && ts.isStringLiteral(second) ? second.text : '';
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) literals.push({ where: where(node), source: first.text, flags });
        else computed.push(where(node));
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  };
  walk(dir);
  return { literals, computed };
}
