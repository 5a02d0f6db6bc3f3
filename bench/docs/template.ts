import { componentDocument } from './component';
import { BenchDocument, offsetOf, Probe } from './types';

/** Of every ten resources: one component (100 steps inline in `Data: |`), four recipes, five infrastructure configurations. */
const PATTERN = ['component', 'recipe', 'infrastructure', 'recipe', 'infrastructure', 'recipe', 'infrastructure', 'recipe', 'infrastructure', 'infrastructure'] as const;
const TENANCIES = ['default', 'dedicated', 'default', 'host'];

/**
 * A deterministic CloudFormation template (YAML) with `resources` `AWS::ImageBuilder::*` resources:
 * components with a 100-step component document inline in `Data: |`, image recipes referring to
 * them with `!Ref`, and infrastructure configurations with a `Placement`. Valid: no diagnostics.
 */
export function templateDocument(resources: number): BenchDocument {
  if (!Number.isInteger(resources) || resources < 10) throw new Error('a benchmark template needs at least 10 resources');
  const width = String(resources).length;
  const data = componentDocument(100).text.trimEnd().split('\n').map((line) => `        ${line}`);
  const lines = ["AWSTemplateFormatVersion: '2010-09-09'", `Description: Generated benchmark template with ${resources} Image Builder resources.`, 'Resources:'];
  const names: string[] = [];
  let lastComponent = '';
  for (let i = 0; i < resources; i++) {
    const kind = PATTERN[i % PATTERN.length];
    const id = String(i + 1).padStart(width, '0');
    const name = `${kind[0].toUpperCase()}${kind.slice(1)}${id}`;
    names.push(name);
    if (kind === 'component') {
      lastComponent = name;
      lines.push(`  ${name}:`, '    Type: AWS::ImageBuilder::Component', '    Properties:', `      Name: bench-component-${id}`,
        '      Version: 1.0.0', '      Platform: Linux', '      Data: |', ...data);
    } else if (kind === 'recipe') {
      lines.push(`  ${name}:`, '    Type: AWS::ImageBuilder::ImageRecipe', '    Properties:', `      Name: bench-recipe-${id}`, '      Version: 1.0.0',
        '      ParentImage: arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x', '      Components:',
        `        - ComponentArn: !Ref ${lastComponent}`, '          Parameters:', '            - Name: Version', '              Value:', "                - '1.2.3'");
    } else {
      lines.push(`  ${name}:`, '    Type: AWS::ImageBuilder::InfrastructureConfiguration', '    Properties:', `      Name: bench-infrastructure-${id}`,
        '      InstanceProfileName: BenchInstanceProfile', '      InstanceTypes:', '        - m5.large', '      TerminateInstanceOnFailure: true',
        '      Placement:', '        AvailabilityZone: us-east-1a', `        Tenancy: ${TENANCIES[i % TENANCIES.length]}`);
    }
  }
  const text = `${lines.join('\n')}\n`;
  return { family: 'template', size: resources, fileName: `template-${resources}.yaml`, languageId: 'yaml', text, ...probes(text, names, width) };
}

/** Probes in the middle of the template: a Placement's Tenancy, a Properties key, and inside the middle component's Data. */
function probes(text: string, names: readonly string[], width: number): Pick<BenchDocument, 'completions' | 'hovers' | 'keystroke' | 'bursts'> {
  const middle = Math.floor(names.length / 2);
  const infra = names.findIndex((n, i) => i >= middle && n.startsWith('Infrastructure'));
  const infraAt = offsetOf(text, `\n  ${names[infra]}:\n`);
  const tenancy = offsetOf(text, 'Tenancy: ', infraAt, 'Tenancy: '.length);
  const tenancyEnd = text.indexOf('\n', tenancy);
  const profile = offsetOf(text, 'InstanceProfileName', infraAt);
  const component = names.findIndex((n, i) => i >= middle - 10 && n.startsWith('Component'));
  const componentAt = offsetOf(text, `\n  ${names[component]}:\n`);
  const step = offsetOf(text, '- name: Bash', componentAt);
  const action = offsetOf(text, 'action: ExecuteBash', step, 'action: '.length);
  const timeout = offsetOf(text, 'timeoutSeconds', step);
  const completions: Probe[] = [
    { label: 'Tenancy value', offset: tenancyEnd },
    { label: 'key in Properties', offset: profile + 'InstanceProfileName'.length },
    { label: 'action value in Data', offset: action + 'ExecuteBash'.length },
    { label: 'key in a step in Data', offset: timeout + 'timeoutSeconds'.length },
  ];
  const hovers: Probe[] = [
    { label: 'Tenancy value', offset: tenancy + 2 },
    { label: 'key in Properties', offset: profile + 3 },
    { label: 'action value in Data', offset: action + 3 },
    { label: 'key in a step in Data', offset: timeout + 3 },
  ];
  // Typed at the end of resources' Name values (plain scalars), spread over the template.
  const bursts = [0.25, 0.5, 0.75, 0.1, 0.9, 0.4, 0.6, 0.3, 0.7, 0.2]
    .map((f) => Math.min(names.length - 1, Math.floor(names.length * f)))
    .map((i) => { const id = String(i + 1).padStart(width, '0'); const at = offsetOf(text, `\n  ${names[i]}:\n`); return offsetOf(text, `-${id}\n`, at, 1 + id.length); })
    .filter((offset, i, all) => all.indexOf(offset) === i)
    .sort((a, b) => b - a);
  return { completions, hovers, keystroke: { label: 'Tenancy value, just typed', offset: tenancyEnd }, bursts };
}
