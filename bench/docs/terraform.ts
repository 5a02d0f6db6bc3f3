import { componentDocument } from './component';
import { BenchDocument, offsetOf, Probe } from './types';

/**
 * Of every ten resources: one component (a 30-step component document in a `<<-EOT` heredoc), three image
 * recipes naming the last component with a parameter, four infrastructure configurations with a
 * `placement`, one distribution configuration and one image pipeline.
 */
const PATTERN = ['component', 'recipe', 'infrastructure', 'recipe', 'infrastructure', 'distribution', 'recipe', 'infrastructure', 'pipeline', 'infrastructure'] as const;
type Kind = (typeof PATTERN)[number];
const TYPES: Record<Kind, string> = {
  component: 'aws_imagebuilder_component',
  recipe: 'aws_imagebuilder_image_recipe',
  infrastructure: 'aws_imagebuilder_infrastructure_configuration',
  distribution: 'aws_imagebuilder_distribution_configuration',
  pipeline: 'aws_imagebuilder_image_pipeline',
};
const TENANCIES = ['default', 'dedicated'];
/** Steps of each heredoc component: about 230 lines and 6.6 KB, the size of a real build component. */
const COMPONENT_STEPS = 30;

interface Resource {
  readonly kind: Kind;
  readonly label: string;
  readonly id: string;
}

/**
 * A deterministic Terraform module (`module-N.tf`) with `resources` `aws_imagebuilder_*` resources:
 * components with heredoc `data`, recipes whose `component {}` blocks pass a parameter the component
 * declares, infrastructure configurations with a `placement` block, distribution configurations and
 * pipelines joining them by reference. Valid: no diagnostics.
 */
export function terraformDocument(resources: number): BenchDocument {
  if (!Number.isInteger(resources) || resources < 10) throw new Error('a benchmark module needs at least 10 resources');
  const width = String(resources).length;
  const data = componentDocument(COMPONENT_STEPS).text.trimEnd().split('\n').map((line) => `    ${line}`);
  const lines = [`# Generated benchmark module with ${resources} Image Builder resources.`, ''];
  const all: Resource[] = [];
  const last: Partial<Record<Kind, string>> = {};
  for (let i = 0; i < resources; i++) {
    const kind = PATTERN[i % PATTERN.length];
    const id = String(i + 1).padStart(width, '0');
    const label = `${kind}_${id}`;
    all.push({ kind, label, id });
    last[kind] = label;
    const ref = (k: Kind) => `${TYPES[k]}.${last[k] ?? ''}.arn`;
    lines.push(`resource "${TYPES[kind]}" "${label}" {`, ...body(kind, id, i, ref, data), '}', '');
  }
  const text = lines.join('\n');
  return { family: 'terraform', size: resources, fileName: `module-${resources}.tf`, languageId: 'terraform', text, ...probes(text, all) };
}

function body(kind: Kind, id: string, i: number, ref: (k: Kind) => string, data: readonly string[]): string[] {
  switch (kind) {
    case 'component':
      return [`  name     = "bench-component-${id}"`, '  platform = "Linux"', '  version  = "1.0.0"', '  data     = <<-EOT', ...data, '  EOT'];
    case 'recipe':
      return [
        `  name         = "bench-recipe-${id}"`, '  version      = "1.0.0"',
        '  parent_image = "arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x"', '',
        '  component {', `    component_arn = ${ref('component')}`, '    parameter {', '      name  = "Version"', '      value = "1.2.3"', '    }', '  }', '',
        '  block_device_mapping {', '    device_name = "/dev/xvda"', '    ebs {', '      volume_size           = 30', '      volume_type           = "gp3"',
        '      delete_on_termination = true', '    }', '  }',
      ];
    case 'infrastructure':
      return [
        `  name                          = "bench-infrastructure-${id}"`, '  instance_profile_name         = "BenchInstanceProfile"',
        '  instance_types                = ["m5.large"]', '  terminate_instance_on_failure = true', '',
        '  placement {', '    availability_zone = "us-east-1a"', `    tenancy           = "${TENANCIES[i % TENANCIES.length]}"`, '  }',
      ];
    case 'distribution':
      return [
        `  name = "bench-distribution-${id}"`, '', '  distribution {', '    region = "us-east-1"', '    ami_distribution_configuration {',
        `      name = "bench-${id}-{{ imagebuilder:buildDate }}"`, '    }', '  }',
      ];
    case 'pipeline':
      return [
        `  name                             = "bench-pipeline-${id}"`, `  image_recipe_arn                 = ${ref('recipe')}`,
        `  infrastructure_configuration_arn = ${ref('infrastructure')}`, `  distribution_configuration_arn   = ${ref('distribution')}`, '',
        '  schedule {', '    schedule_expression = "cron(0 0 * * ? *)"', '  }',
      ];
  }
}

/**
 * Probes in the middle of the module: a placement's `tenancy` value, an argument name, the resource
 * type label, and an action value and a step key inside the middle component's heredoc.
 */
function probes(text: string, all: readonly Resource[]): Pick<BenchDocument, 'completions' | 'hovers' | 'keystroke' | 'bursts'> {
  const middle = Math.floor(all.length / 2);
  const at = (r: Resource) => offsetOf(text, `resource "${TYPES[r.kind]}" "${r.label}" {`);
  const infra = all.find((r, i) => i >= middle && r.kind === 'infrastructure' && i % TENANCIES.length === 1) ?? all[2];
  const infraAt = at(infra);
  const tenancy = offsetOf(text, 'tenancy           = "', infraAt, 'tenancy           = "'.length);
  const tenancyEnd = text.indexOf('"', tenancy);
  const profile = offsetOf(text, 'instance_profile_name', infraAt);
  const type = infraAt + 'resource "'.length;
  const component = all.find((r, i) => i >= middle - 10 && r.kind === 'component') ?? all[0];
  const step = offsetOf(text, '- name: Bash', at(component));
  const action = offsetOf(text, 'action: ExecuteBash', step, 'action: '.length);
  const timeout = offsetOf(text, 'timeoutSeconds', step);
  /** Each place: its label, where completion is asked (the end of the word) and where hover is (inside it). */
  const places: Array<[string, number, number]> = [
    ['tenancy value', tenancyEnd, tenancy + 2],
    ['argument name', profile + 'instance_profile_name'.length, profile + 3],
    ['resource type', type + TYPES.infrastructure.length, type + 3],
    ['action value in data', action + 'ExecuteBash'.length, action + 3],
    ['key in a step in data', timeout + 'timeoutSeconds'.length, timeout + 3],
  ];
  const completions: Probe[] = places.map(([label, offset]) => ({ label, offset }));
  const hovers: Probe[] = places.map(([label, , offset]) => ({ label, offset }));
  // Typed at the end of resources' name values (before the closing quote), spread over the module and its kinds.
  const bursts = [0.25, 0.5, 0.75, 0.1, 0.9, 0.4, 0.6, 0.3, 0.7, 0.2]
    .map((f, j) => all[Math.min(all.length - 1, Math.floor(all.length * f) + (j % 4))])
    .map((r) => offsetOf(text, `-${r.id}"`, at(r), 1 + r.id.length))
    .filter((offset, i, every) => every.indexOf(offset) === i)
    .sort((a, b) => b - a);
  return { completions, hovers, keystroke: { label: 'tenancy value, just typed', offset: tenancyEnd }, bursts };
}
