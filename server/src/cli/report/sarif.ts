import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import { allRules, RuleInfo, Severity } from '../../service/rules/ruleTable';
import { Report } from './report';

/** Where README's rule table is: every rule's help link. */
export interface SarifOptions {
  readonly helpUri: string;
  readonly informationUri: string;
  readonly cwd?: string;
}

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SRCROOT = '%SRCROOT%';

/**
 * A SARIF 2.1.0 log with one run: the rule table as `tool.driver.rules`, each problem as a result with its
 * physical location (1-based lines and UTF-16 columns; the end column is exclusive), its quick fixes as
 * `fixes`, and the run's exit status in `invocations`. Paths are relative to the working directory
 * (`%SRCROOT%`), as GitHub code scanning expects.
 */
export function sarifReport(report: Report, options: SarifOptions): string {
  const cwd = options.cwd ?? process.cwd();
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const extra: string[] = [];
  const results: object[] = [];
  for (const result of report.results) {
    if (result.kind === null) continue;
    const artifactLocation = location(result.file, cwd);
    for (const d of result.diagnostics) {
      const code = String(d.code);
      if (!index.has(code) && !extra.includes(code)) extra.push(code);
      results.push({
        ruleId: code,
        ruleIndex: index.get(code) ?? rules.length + extra.indexOf(code),
        level: levelOf(d),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation, region: { ...region(d.range), ...snippet(result.text, d.range) } } }],
        ...related(d, artifactLocation),
        ...fixes(d, artifactLocation),
      });
    }
  }
  const notifications = [
    ...report.results.filter((r) => r.empty).map((r) => notification('note', `${r.file}: the file is empty: nothing to check as ${r.kind}.`, location(r.file, cwd))),
    ...report.errors.map((e) => notification('error', e)),
  ];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'imagebuilder-lint',
          fullName: 'Image Builder Language Tools checker (imagebuilder-lint)',
          version: report.version,
          semanticVersion: report.version,
          informationUri: options.informationUri,
          rules: [...rules.map((r) => ruleDescriptor(r, options.helpUri)), ...extra.map((code) => ({ id: code, shortDescription: { text: code } }))],
        },
      },
      invocations: [{
        executionSuccessful: report.exitCode !== 2,
        exitCode: report.exitCode,
        exitCodeDescription: EXIT_DESCRIPTIONS[report.exitCode],
        ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).toString().replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

const EXIT_DESCRIPTIONS = ['no errors', 'errors found', 'usage error, or a file that could not be read or written'];

function ruleDescriptor(rule: RuleInfo, helpUri: string): object {
  const plain = (md: string): string => md.replace(/`/g, "'");
  const fix = rule.fix === 'preferred' ? ' Quick fix: applied by imagebuilder-lint --fix.' : rule.fix === 'offered' ? ' Quick fixes: offered in the editor, to choose from (never applied by --fix).' : '';
  return {
    id: rule.code,
    // A readable name (UnknownProperty); left out where it would only be the id again (SARIF1001).
    ...(rule.code.includes('-') ? { name: rule.code.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') } : {}),
    shortDescription: { text: plain(firstSentence(rule.description)) },
    fullDescription: { text: plain(rule.description) },
    help: {
      text: `${plain(rule.description)} Example: ${plain(rule.example)}.${fix}`,
      markdown: `${rule.description}\n\nExample: ${rule.example}.${fix}\n\nSee [the rule table](${helpUri}).`,
    },
    helpUri,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ruleTags(rule) },
  };
}

/** `imagebuilder`, or one `imagebuilder-<where>` tag for each place the rule applies to. */
function ruleTags(rule: RuleInfo): string[] {
  if (rule.appliesTo === 'all') return ['imagebuilder'];
  return (rule.appliesTo === 'component' ? [rule.appliesTo] : rule.appliesTo).map((where) => `imagebuilder-${where}`);
}

function firstSentence(text: string): string {
  const end = text.search(/[.:;](\s|$)/);
  return end > 0 ? text.slice(0, end + 1).replace(/[:;]$/, '.') : text;
}

function levelOf(d: Diagnostic): string {
  if (d.severity === DiagnosticSeverity.Warning) return 'warning';
  if (d.severity === DiagnosticSeverity.Information || d.severity === DiagnosticSeverity.Hint) return 'note';
  return 'error';
}

function location(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).toString() };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function region(range: Range): object {
  return { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

/** The text of the range (as code-scanning viewers show it without the file), when it is short. */
function snippet(text: string, range: Range): object {
  const lines = text.split('\n', range.end.line + 1);
  if (range.end.line >= lines.length) return {};
  const startOffset = lines.slice(0, range.start.line).reduce((n, l) => n + l.length + 1, 0) + range.start.character;
  const endOffset = lines.slice(0, range.end.line).reduce((n, l) => n + l.length + 1, 0) + range.end.character;
  if (endOffset <= startOffset || endOffset - startOffset > 1000) return {};
  return { snippet: { text: text.slice(startOffset, endOffset) } };
}

function related(d: Diagnostic, artifactLocation: object): object {
  if (!d.relatedInformation?.length) return {};
  return { relatedLocations: d.relatedInformation.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation, region: region(r.location.range) } })) };
}

function fixes(d: Diagnostic, artifactLocation: object): object {
  const data = d.data as { fixes?: Array<{ title: string; edits: TextEdit[] }> } | undefined;
  if (!Array.isArray(data?.fixes) || data.fixes.length === 0) return {};
  return {
    fixes: data.fixes.map((f) => ({
      description: { text: f.title },
      artifactChanges: [{ artifactLocation, replacements: f.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
    })),
  };
}

function notification(level: string, text: string, artifactLocation?: object): object {
  return { level, message: { text }, ...(artifactLocation ? { locations: [{ physicalLocation: { artifactLocation } }] } : {}) };
}
