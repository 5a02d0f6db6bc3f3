// A Terraform module is every .tf file of one folder: a recipe in recipes.tf naming
// `aws_imagebuilder_component.c.arn` that components.tf declares gets the checks, hover, definition,
// find-references and completion it gets when both are in one file. Through the facade, with the
// workspace index in memory (the summaries of the other files, as the server and the CLI keep them).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionList, Location, MarkupContent } from 'vscode-languageserver-types';
import { LanguageService, WorkspaceIndex } from '../../server/src/service/languageService';
import { CURSOR } from '../support/harness';
import { corpusDir } from '../support/paths';
import { terraformService } from '../support/terraform';
import { component, DECLARED, MISSING, PARAMETER_CASES, PHASES, recipe, REF } from './parameterCases';

const RECIPES = 'file:///ws/mod/recipes.tf';
const COMPONENTS = 'file:///ws/mod/components.tf';

let service: LanguageService;
before(async () => {
  service = await terraformService();
});

const languageOf = (uri: string) => (uri.endsWith('.tf') ? 'terraform' : 'yaml');
const analyse = (uri: string, text: string, workspace?: WorkspaceIndex) => service.analyze(TextDocument.create(uri, languageOf(uri), 1, text), { workspace });

/** An index of the files (URI → text) as read from disk. */
function indexOf(files: Record<string, string>): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const [uri, text] of Object.entries(files)) index.set(service.summarize(analyse(uri, text)));
  index.setComplete(true);
  return index;
}

/** recipes.tf (`marked` may hold the cursor marker) analysed with the workspace of `files`. */
function opened(marked: string, files: Record<string, string>, uri = RECIPES) {
  const text = marked.replace(CURSOR, '');
  const index = indexOf(files);
  const document = TextDocument.create(uri, 'terraform', 1, text);
  return { index, document, position: document.positionAt(Math.max(0, marked.indexOf(CURSOR))), analysis: service.analyze(document, { workspace: index }) };
}

const report = (recipes: string, files: Record<string, string>, uri = RECIPES) => {
  const { analysis, document } = opened(recipes, files, uri);
  return service.doValidation(analysis).map((d) => `${String(d.code)} [${document.getText(d.range)}]`);
};
const isComponent = (resource: string) => resource.startsWith('resource "aws_imagebuilder_component"');
const where = (l: Location) => `${l.uri.split('/').pop()}:${l.range.start.line + 1}`;

describe('Terraform module: every case of one file, with the component resource in another file of the folder', () => {
  for (const [name, resources, expected] of PARAMETER_CASES) {
    test(name, () => {
      const components = resources.filter(isComponent).join('');
      const recipes = resources.filter((r) => !isComponent(r)).join('');
      assert.deepEqual(report(recipes, { [COMPONENTS]: components }), expected);
    });
  }
});

describe('Terraform module: which declaration a reference finds', () => {
  const misspelt = recipe(REF, ['"Greting"']);
  const BOTH = [MISSING, 'undefined-parameter [Greting]'];

  test('the messages name the declaring file', () => {
    const { analysis } = opened(misspelt, { [COMPONENTS]: component() });
    assert.deepEqual(service.doValidation(analysis).map((d) => d.message), [
      "Component resource 'aws_imagebuilder_component.c' (components.tf) needs parameter 'Greeting' (string): it has no default, so the build fails without it.",
      "Component resource 'aws_imagebuilder_component.c' (components.tf) has no parameter 'Greting': did you mean 'Greeting'? (it declares 'Greeting', 'Target').",
    ]);
  });

  test('by address, whatever the name: a computed name is no obstacle', () => {
    const computed = component().replace('name     = "c"', 'name     = "${var.env}-c"');
    assert.deepEqual(report(misspelt, { [COMPONENTS]: computed }), BOTH);
  });

  test('a name declared in the recipe\'s own file wins over the module\'s', () => {
    const own = component(`<<-EOT\n    schemaVersion: 1.0\n    parameters:\n      - Greting:\n          type: string\n${PHASES}  EOT`);
    assert.deepEqual(report(own + misspelt, { [COMPONENTS]: component() }), []);
  });

  test('declared nowhere in the module, in a subfolder (another module), in another folder, or twice: nothing said', () => {
    assert.deepEqual(report(misspelt, {}), []);
    assert.deepEqual(report(misspelt, { 'file:///ws/mod/child/components.tf': component() }), []);
    assert.deepEqual(report(misspelt, { 'file:///ws/other/components.tf': component() }), []);
    assert.deepEqual(report(misspelt, { [COMPONENTS]: component(), 'file:///ws/mod/more.tf': component() }), []);
  });

  test('only .tf files make a module: a recipe in another kind of file finds nothing', () => {
    assert.deepEqual(report(misspelt, { [COMPONENTS]: component() }, 'file:///ws/mod/recipes.hcl'), []);
  });

  test('an open document wins over its file on disk, until it is closed', () => {
    const { index } = opened(misspelt, { [COMPONENTS]: component() });
    const renamed = component(`<<-EOT\n    schemaVersion: 1.0\n    parameters:\n      - Greting:\n          type: string\n${PHASES}  EOT`);
    index.setOpen(service.summarize(analyse(COMPONENTS, renamed)));
    const codes = () => service.doValidation(service.analyze(TextDocument.create(RECIPES, 'terraform', 1, misspelt), { workspace: index })).map((d) => String(d.code));
    assert.deepEqual(codes(), []);
    index.closeOpen(COMPONENTS);
    assert.deepEqual(codes(), ['missing-parameter', 'undefined-parameter']);
  });

  test('a component resource of the module whose data is a file: the file\'s parameters, named with the file', () => {
    const file = `schemaVersion: 1.0\n${DECLARED.replace(/^ {4}/gm, '')}${PHASES.replace(/^ {4}/gm, '')}`;
    const files = { [COMPONENTS]: component('file("${path.module}/files/c.yaml")'), 'file:///ws/mod/files/c.yaml': file };
    const { analysis, document } = opened(misspelt, files);
    assert.deepEqual(service.doValidation(analysis).map((d) => d.message.split(' has ')[0].split(' needs ')[0]), [
      "Component resource 'aws_imagebuilder_component.c' (c.yaml)",
      "Component resource 'aws_imagebuilder_component.c' (c.yaml)",
    ]);
    const name = document.positionAt(document.getText().indexOf('"Greting"') + 2);
    assert.deepEqual(service.findDefinition(analysis, name), []);
    const passing = opened(recipe(REF, ['"Gree\u0001ting"']), files);
    assert.deepEqual(service.findDefinition(passing.analysis, passing.position).map(where), ['c.yaml:3']);
    assert.deepEqual(report(misspelt, { [COMPONENTS]: component('file("absent.yaml")') }), [], 'a file not in the workspace: nothing');
  });

  test('a data the module cannot know (a variable): no check, but definition still finds the resource', () => {
    const { analysis, position } = opened(recipe(`aws_imagebuilder_component.\u0001c.arn`, ['"Anything"']), { [COMPONENTS]: component('var.data') });
    assert.deepEqual(service.doValidation(analysis), []);
    assert.deepEqual(service.findDefinition(analysis, position).map(where), ['components.tf:1']);
  });
});

describe('Terraform module: navigation across its files', () => {
  const files = { [COMPONENTS]: component() };

  test('hover on a passed name shows its declaration in the other file', () => {
    const { analysis, position } = opened(recipe(REF, ['"Gree\u0001ting"']), files);
    const hover = service.doHover(analysis, position);
    assert.equal((hover?.contents as MarkupContent).value, "**Greeting** · `string` · required (no default) — parameter of component resource 'aws_imagebuilder_component.c' (components.tf)\n\nWhat to say");
  });

  test('definition: from the reference to the resource\'s label, from a passed name into its heredoc', () => {
    const reference = opened(recipe(`aws_imagebuilder_component.\u0001c.arn`, []), files);
    assert.deepEqual(service.findDefinition(reference.analysis, reference.position), [{ uri: COMPONENTS, range: { start: { line: 0, character: 39 }, end: { line: 0, character: 40 } } }]);
    const passed = opened(recipe(REF, ['"Targ\u0001et"']), files);
    const [declaration] = service.findDefinition(passed.analysis, passed.position);
    const text = TextDocument.create(COMPONENTS, 'terraform', 1, component());
    assert.equal(declaration.uri, COMPONENTS);
    assert.equal(text.getText(declaration.range), 'Target');
  });

  test('find references: from the label, the module\'s other files; from a reference, the declaration and every use', () => {
    const recipes = recipe(REF, ['"Greeting"']) + recipe(REF, ['"Greeting"']).replace('"r"', '"s"');
    const ownUse = recipe(REF, ['"Greeting"']).replace('"r"', '"own"');
    const at = (files: Record<string, string>, uri: string, needle: string, from = 0) => {
      const text = files[uri];
      const document = TextDocument.create(uri, 'terraform', 1, text);
      return service.findReferences(service.analyze(document, { workspace: indexOf(files) }), document.positionAt(text.indexOf(needle, from) + 1), true).map(where);
    };
    assert.deepEqual(at({ [COMPONENTS]: component(), [RECIPES]: recipes }, COMPONENTS, '"c"'), ['components.tf:1', 'recipes.tf:6', 'recipes.tf:18']);
    const both = { [COMPONENTS]: component() + ownUse, [RECIPES]: recipes };
    assert.deepEqual(at(both, RECIPES, REF, recipes.indexOf('"s"')), ['components.tf:1', 'components.tf:29', 'recipes.tf:6', 'recipes.tf:18']);
    // With a use in its own file too, the host's references and the module's both give the declaration: listed once.
    assert.deepEqual(at(both, COMPONENTS, '"c"'), ['components.tf:1', 'components.tf:29', 'recipes.tf:6', 'recipes.tf:18']);
  });

  test('completion of a passed name: what the other file declares and the block does not pass', () => {
    const { analysis, position } = opened(recipe(REF, ['"Target"', `"${CURSOR}"`]), files);
    assert.deepEqual((service.doComplete(analysis, position) as CompletionList).items.map((i) => i.label), ['Greeting']);
  });

  test('the summary keeps the module\'s view of the file: resources by address, references by address', () => {
    const summary = service.summarize(analyse(COMPONENTS, component() + component('var.data').replace('"c"', '"d"') + recipe(REF, [])));
    assert.deepEqual(summary.moduleComponents?.map((c) => `${c.address} ${c.parametersUnknown ? 'unknown' : c.parameters.map((p) => p.name).join(',')}`), [
      'aws_imagebuilder_component.c Greeting,Target',
      'aws_imagebuilder_component.d unknown',
    ]);
    assert.deepEqual(summary.moduleUses?.map((u) => `${u.address} ${u.range.start.line + 1}:${u.range.start.character + 1}`), ['aws_imagebuilder_component.c 35:21']);
  });
});

describe('Terraform module: the corpus', () => {
  /**
   * Every reference in the corpus to a component resource another file of its folder declares, reviewed
   * (`file → address → the document and its parameters`): two whose `data` is a variable or local (no check)
   * and nhammadi's three `file()` components, whose recipe passes every required name and no other (Source
   * has a default): no diagnostic.
   * (The container-hardening sample's cross-file reference is commented out.)
   */
  const RESOLVED = [
    'JamesWoolfenden__terraform-aws-imagebuilder/aws_imagebuilder_image_recipe.examplea.tf → aws_imagebuilder_component.examplea → not known',
    'aws-samples__aws-sap-golden-ami-image-builder/terraform/modules/ec2-image-builder/recipe.tf → aws_imagebuilder_component.component → not known',
    'nhammadi__ec2-image-builder-components/windows_2019_pipeline.tf → aws_imagebuilder_component.elastic_agent_windows → elastic-agent-windows-component/component.yml (Source, EnrollmentToken, FleetServerUrl)',
    'nhammadi__ec2-image-builder-components/windows_2019_pipeline.tf → aws_imagebuilder_component.newrelic_infra_agent_windows → newrelic-infra-windows-component/component.yml (NewRelicLicenseKey)',
    'nhammadi__ec2-image-builder-components/windows_2019_pipeline.tf → aws_imagebuilder_component.grafana_alloy_agent_windows → grafana-alloy-windows-component/component.yml ()',
  ];

  test('each cross-file reference resolved to its module\'s declaration, and no diagnostic from them', (t) => {
    const dir = path.join(corpusDir, 'terraform');
    if (!fs.existsSync(dir)) {
      t.skip('skipped: ../shared/corpus/terraform is absent');
      return;
    }
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : /\.(tf|ya?ml)$/.test(e.name) ? [path.join(d, e.name)] : []));
    const files = walk(dir).map((file) => ({ file, uri: pathToFileURL(file).href, text: fs.readFileSync(file, 'utf8') }));
    const index = indexOf(Object.fromEntries(files.map((f) => [f.uri, f.text])));
    const resolved: string[] = [];
    for (const { file, uri, text } of files.filter((f) => f.file.endsWith('.tf'))) {
      const document = TextDocument.create(uri, 'terraform', 1, text);
      const analysis = service.analyze(document, { workspace: index });
      // The module adds no diagnostic: the file's parameter diagnostics are those it has alone (its own
      // resources' reviewed ones, test/terraform/validation.test.ts, e.g. pike's Parameter1/2).
      const parameterProblems = (a: typeof analysis) => service.doValidation(a).filter((d) => d.code === 'undefined-parameter' || d.code === 'missing-parameter').map((d) => d.message);
      const alone = service.analyze(TextDocument.create(uri, 'terraform', 1, text), { workspace: indexOf({ [uri]: text }) });
      assert.deepEqual(parameterProblems(analysis), parameterProblems(alone), file);
      // Comments blanked out (same offsets): the container-hardening sample's reference is in a `/* … */`.
      const code = text.replace(/\/\*[\s\S]*?\*\/|(#|\/\/)[^\n]*/g, (comment) => comment.replace(/[^\n]/g, ' '));
      for (const match of code.matchAll(/component_arn\s*=\s*(aws_imagebuilder_component\.(\w+))\.arn/g)) {
        if (text.includes(`resource "aws_imagebuilder_component" "${match[2]}"`)) continue;
        const reference = document.positionAt(match.index + match[0].indexOf(match[1]) + 1);
        const [declaration] = service.findDefinition(analysis, reference);
        assert.ok(declaration && path.dirname(declaration.uri) === path.dirname(uri), `${file}: ${match[1]}`);
        const where = index.moduleComponent(uri, match[1]);
        const facts = where?.parametersKnown ? `${where.documentUri.split('/').slice(-2).join('/')} (${where.parameters.map((p) => p.name).join(', ')})` : 'not known';
        resolved.push(`${path.relative(dir, file)} → ${match[1]} → ${facts}`);
      }
    }
    assert.deepEqual(resolved.sort(), [...RESOLVED].sort());
  });
});
