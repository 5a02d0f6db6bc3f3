import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'yaml';
import { componentDocument } from '../../bench/docs/component';
import { infrastructureDocument, recipeDocument } from '../../bench/docs/requests';
import { templateDocument } from '../../bench/docs/template';
import { terraformDocument } from '../../bench/docs/terraform';
import { BenchDocument } from '../../bench/docs/types';
import { summarize } from '../../bench/stats';
import { open, service } from '../support/harness';
import { terraformService, tfFixture } from '../support/terraform';
import { SLOW } from '../support/tiers';

const wordAt = (doc: BenchDocument, offset: number) => /[\w.{-]*$/.exec(doc.text.slice(0, offset))?.[0] ?? '';

describe('bench document generators', () => {
  it('are deterministic', () => {
    assert.equal(componentDocument(150).text, componentDocument(150).text);
    assert.equal(recipeDocument(150).text, recipeDocument(150).text);
    assert.equal(infrastructureDocument(150).text, infrastructureDocument(150).text);
  });

  it('write component documents that parse cleanly, with the steps asked for', () => {
    for (const steps of [30, 100, 1000]) {
      const doc = componentDocument(steps);
      const parsed = parseDocument(doc.text);
      assert.deepEqual(parsed.errors, []);
      const phases = parsed.toJS() as { phases: Array<{ steps: unknown[] }> };
      assert.equal(phases.phases.reduce((n, p) => n + p.steps.length, 0), steps);
    }
  });

  it('use every common action, loops, conditions and chaining', () => {
    const text = componentDocument(100).text;
    for (const needle of ['action: ExecuteBash', 'action: S3Download', 'action: WebDownload', 'action: CreateFile', 'forEach:', 'for:', 'if:', '{{ build.', '{{ loop.']) {
      assert.ok(text.includes(needle), needle);
    }
  });

  it('place the component probes where their labels say', () => {
    const doc = componentDocument(1000);
    const [action, key, chain, top] = doc.completions;
    assert.equal(wordAt(doc, action.offset), 'ExecuteBash');
    assert.equal(wordAt(doc, key.offset), 'timeoutSeconds');
    assert.ok(wordAt(doc, chain.offset).endsWith('{{') || doc.text.slice(chain.offset - 6, chain.offset) === 'build.');
    assert.equal(wordAt(doc, top.offset), 'schemaVersion');
    assert.equal(doc.text[doc.keystroke.offset - 1], 'h');
    assert.deepEqual([...doc.bursts].sort((a, b) => b - a), doc.bursts);
    for (const b of doc.bursts) assert.equal(doc.text[b], '\n');
  });

  it('write JSON request files with the asked-for number of entries, probes inside values', () => {
    const infra = infrastructureDocument(1000);
    assert.equal(Object.keys((JSON.parse(infra.text) as { tags: object }).tags).length, 1000);
    assert.equal(infra.text.slice(infra.completions[0].offset - 7, infra.completions[0].offset), 'default');
    const recipe = recipeDocument(1000);
    assert.equal((JSON.parse(recipe.text) as { blockDeviceMappings: unknown[] }).blockDeviceMappings.length, 1000);
    assert.equal(recipe.text.slice(recipe.keystroke.offset - 3, recipe.keystroke.offset), 'gp3');
    for (const b of infra.bursts) assert.equal(infra.text[b], '"');
    for (const b of recipe.bursts) assert.equal(recipe.text[b], '"');
  });
});

describe('bench documents, as our server sees them', () => {
  it('are valid Image Builder files of the intended kinds (no diagnostics)', () => {
    const expected: Record<string, string> = { component: 'component-document', infrastructure: 'create-infrastructure-configuration', recipe: 'create-image-recipe' };
    for (const doc of [componentDocument(100), infrastructureDocument(100), recipeDocument(100)]) {
      const { analysis } = open(doc.text, { name: doc.fileName });
      assert.equal(analysis.detection.kind?.id, expected[doc.family], doc.fileName);
      assert.deepEqual(service().doValidation(analysis).map((d) => d.message), [], doc.fileName);
    }
  });
});

describe('bench templates', () => {
  it('are deterministic CloudFormation templates with the Image Builder resources asked for', () => {
    assert.equal(templateDocument(100).text, templateDocument(100).text);
    for (const size of [100, 1000]) {
      const doc = templateDocument(size);
      const { analysis } = open(doc.text, { name: doc.fileName });
      assert.equal(analysis.detection.kind?.id, 'cloudformation-template', doc.fileName);
      const resources = (parseDocument(doc.text, { logLevel: 'silent' }).toJS() as { Resources: Record<string, { Type: string }> }).Resources;
      const types = Object.values(resources).map((r) => r.Type);
      assert.equal(types.filter((t) => t.startsWith('AWS::ImageBuilder::')).length, size);
      assert.equal(types.filter((t) => t === 'AWS::ImageBuilder::Component').length, size / 10);
    }
  });

  it('inline components of 100 steps and place the probes where their labels say', () => {
    const doc = templateDocument(100);
    assert.equal(doc.text.split('\n').filter((l) => /^ {8}\s+- name: /.test(l)).length >= 10 * 100, true);
    const [tenancy, key, action, stepKey] = doc.completions;
    assert.match(wordAt(doc, tenancy.offset), /^(default|dedicated|host)$/);
    assert.equal(wordAt(doc, key.offset), 'InstanceProfileName');
    assert.equal(wordAt(doc, action.offset), 'ExecuteBash');
    assert.equal(wordAt(doc, stepKey.offset), 'timeoutSeconds');
    assert.deepEqual([...doc.bursts].sort((a, b) => b - a), doc.bursts);
    for (const b of doc.bursts) assert.equal(doc.text[b], '\n');
  });
});

describe('bench Terraform modules', () => {
  const resourceTypes = (text: string) => [...text.matchAll(/^resource "(aws_imagebuilder_\w+)" "\w+" \{$/gm)].map((m) => m[1]);
  const count = (types: readonly string[], type: string) => types.filter((t) => t === `aws_imagebuilder_${type}`).length;

  it('are deterministic, with the aws_imagebuilder_* resources asked for and heredoc components', () => {
    assert.equal(terraformDocument(100).text, terraformDocument(100).text);
    for (const size of [100, 1000]) {
      const types = resourceTypes(terraformDocument(size).text);
      assert.equal(types.length, size);
      assert.deepEqual(['component', 'image_recipe', 'infrastructure_configuration', 'distribution_configuration', 'image_pipeline'].map((t) => count(types, t)),
        [size / 10, (3 * size) / 10, (4 * size) / 10, size / 10, size / 10]);
    }
    const text = terraformDocument(100).text;
    assert.equal(text.split('\n').filter((l) => l === '  data     = <<-EOT').length, 10);
    assert.equal(text.split('\n').filter((l) => /^ {4}\s+- name: /.test(l)).length >= 10 * 30, true);
    assert.equal(text.split('\n').filter((l) => l === '  placement {').length, 40);
  });

  it('place the probes where their labels say', () => {
    const doc = terraformDocument(100);
    const [tenancy, argument, type, action, stepKey] = doc.completions;
    assert.equal(wordAt(doc, tenancy.offset), 'dedicated');
    assert.equal(doc.text[tenancy.offset], '"');
    assert.equal(wordAt(doc, argument.offset), 'instance_profile_name');
    assert.equal(wordAt(doc, type.offset), 'aws_imagebuilder_infrastructure_configuration');
    assert.equal(wordAt(doc, action.offset), 'ExecuteBash');
    assert.equal(wordAt(doc, stepKey.offset), 'timeoutSeconds');
    assert.equal(doc.keystroke.offset, tenancy.offset);
    assert.deepEqual([...doc.bursts].sort((a, b) => b - a), doc.bursts);
    for (const b of doc.bursts) assert.match(doc.text.slice(doc.text.lastIndexOf('\n', b) + 1, b + 2), /^ {2}name +?= "bench-[a-z]+-\d+"\n$/);
  });

  it('are valid Image Builder modules for our server (no diagnostics)', async () => {
    const tf = await terraformService();
    const doc = terraformDocument(100);
    const { analysis } = tfFixture(tf, doc.text, doc.fileName);
    assert.equal(analysis.detection.kind?.id, 'terraform');
    assert.deepEqual(tf.doValidation(analysis).map((d) => `${d.range.start.line + 1}:${String(d.code)}`), []);
  });

  it('are valid at 1,000 resources too', SLOW, async () => {
    const tf = await terraformService();
    const doc = terraformDocument(1000);
    assert.deepEqual(tf.doValidation(tfFixture(tf, doc.text, doc.fileName).analysis).map((d) => `${d.range.start.line + 1}:${String(d.code)}`), []);
  });
});

describe('bench support', () => {
  it('summarises timings with nearest-rank percentiles', () => {
    const stats = summarize([5, 1, 4, 2, 3, 6, 7, 8, 9, 10]);
    assert.deepEqual(stats, { n: 10, p50: 5, p95: 10, min: 1, max: 10 });
    assert.equal(summarize([]), undefined);
  });
});
