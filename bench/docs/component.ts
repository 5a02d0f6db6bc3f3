import { STEP_TEMPLATES, StepContext } from './componentSteps';
import { BenchDocument, offsetOf, Probe } from './types';

/**
 * A deterministic AWSTOE component document with `steps` steps over three phases (80 % build,
 * 10 % validate, 10 % test), with parameters, constants, every common Linux action module, loops,
 * conditions and `{{ }}` chaining. About 8 lines and 280 characters a step.
 */
export function componentDocument(steps: number): BenchDocument {
  if (!Number.isInteger(steps) || steps < 30) throw new Error('a benchmark component needs at least 30 steps');
  const width = String(steps).length;
  const lines: string[] = [
    `name: bench-component-${steps}`,
    `description: Generated benchmark component with ${steps} steps.`,
    'schemaVersion: 1.0',
    'parameters:',
    ...parameter('InstallDir', '/opt/bench', 'Where the software is installed.'),
    ...parameter('Version', '1.2.3', 'The version to install.'),
    ...parameter('ArtifactBucket', 'bench-artifacts', 'The bucket holding the artifacts.'),
    ...parameter('Platform', 'Linux', 'The platform the component runs on.'),
    'constants:',
    '  - BaseUrl:',
    '      type: string',
    '      value: https://downloads.example.com/bench',
    'phases:',
  ];
  const validateCount = Math.max(1, Math.floor(steps / 10));
  const buildCount = steps - 2 * validateCount;
  const phases: Array<[string, number]> = [['build', buildCount], ['validate', validateCount], ['test', validateCount]];
  /** Step names by index, and which template each used (to choose probe places). */
  const stepNames: string[] = [];
  const stepTemplates: string[] = [];
  let index = 0;
  for (const [phase, count] of phases) {
    lines.push(`  - name: ${phase}`, '    steps:');
    let previousOutput: string | undefined;
    for (let i = 0; i < count; i++, index++) {
      const template = STEP_TEMPLATES[index % STEP_TEMPLATES.length];
      const name = `${template.id[0].toUpperCase()}${template.id.slice(1)}${String(index + 1).padStart(width, '0')}`;
      const context: StepContext = { index: index + 1, name, phase, previousOutput };
      const body = template.lines(context);
      lines.push(`      - ${body[0]}`, ...body.slice(1).map((line) => `        ${line}`));
      stepNames.push(name);
      stepTemplates.push(template.id);
      if (template.stdout) previousOutput = name;
    }
  }
  const text = `${lines.join('\n')}\n`;
  return { family: 'component', size: steps, fileName: `component-${steps}.yaml`, languageId: 'yaml', text, ...probes(text, stepNames, stepTemplates, buildCount) };
}

function parameter(name: string, value: string, description: string): string[] {
  return [`  - ${name}:`, '      type: string', `      default: ${value}`, `      description: ${description}`];
}

type ProbeSet = Pick<BenchDocument, 'completions' | 'hovers' | 'keystroke' | 'bursts'>;

/** Probe places in the middle of the build phase (a chained ExecuteBash step) and at the top. */
function probes(text: string, names: readonly string[], templates: readonly string[], buildCount: number): ProbeSet {
  // The first chained ExecuteBash step from the middle of the build phase on (any step of it if none).
  let middle = Math.floor(buildCount / 2);
  while (middle < buildCount && (templates[middle] !== 'bash' || middle === 0)) middle++;
  if (middle >= buildCount) middle = templates.indexOf('bash');
  const step = offsetOf(text, `- name: ${names[middle]}\n`);
  const action = offsetOf(text, 'action: ExecuteBash', step, 'action: '.length);
  const timeout = offsetOf(text, 'timeoutSeconds', step);
  const chain = offsetOf(text, '{{ build.', step, '{{ '.length);
  const completions: Probe[] = [
    { label: 'action value', offset: action + 'ExecuteBash'.length },
    { label: 'key in a step', offset: timeout + 'timeoutSeconds'.length },
    { label: 'inside {{ }}', offset: chain + 'build.'.length },
    { label: 'top-level key', offset: offsetOf(text, '\nschemaVersion:', 0, 1 + 'schemaVersion'.length) },
  ];
  const hovers: Probe[] = [
    { label: 'action value', offset: action + 3 },
    { label: 'key in a step', offset: timeout + 3 },
    { label: 'inside {{ }}', offset: offsetOf(text, '.outputs.stdout', chain, 3) },
    { label: 'top-level key', offset: offsetOf(text, '\nphases:', 0, 3) },
  ];
  const bursts = [0.25, 0.5, 0.75, 0.1, 0.9, 0.4, 0.6, 0.3, 0.7, 0.2]
    .map((f) => Math.min(names.length - 1, Math.floor(names.length * f)))
    .map((i) => offsetOf(text, `- name: ${names[i]}\n`, 0, '- name: '.length + names[i].length))
    .filter((offset, i, all) => all.indexOf(offset) === i)
    .sort((a, b) => b - a);
  return { completions, hovers, keystroke: { label: 'action value, just typed', offset: action + 'ExecuteBash'.length }, bursts };
}
