// The component resource and recipes of the Terraform parameter tests (recipeParameters, parameterCompletion).

export const DECLARED = '    parameters:\n      - Greeting:\n          type: string\n          description: What to say\n      - Target:\n          type: string\n          default: world\n';
export const PHASES = '    phases:\n      - name: build\n        steps:\n          - name: Hello\n            action: ExecuteBash\n            inputs:\n              commands:\n                - echo hi\n';
export const HEREDOC = `<<-EOT\n    schemaVersion: 1.0\n${DECLARED}${PHASES}  EOT`;

/** The component resource `c` (lines 1–4 fixed; `data` from line 5), with `extra` argument lines. */
export const component = (data = HEREDOC, extra = ''): string => `resource "aws_imagebuilder_component" "c" {\n  name     = "c"\n  platform = "Linux"\n  version  = "1.0.0"\n${extra}  data     = ${data}\n}\n`;
export const RECIPE = '  parent_image = "ami-12345678"\n';
const CONTAINER = '  parent_image   = "amazonlinux:latest"\n  container_type = "DOCKER"\n  dockerfile_template_data = "FROM {{{ imagebuilder:parentImage }}}"\n  target_repository {\n    repository_name = "repo"\n    service         = "ECR"\n  }\n';
/** An image (or container) recipe with one `component` block: `arn` and the `parameter` blocks of `names` (`body` replaces both when given). */
export const recipe = (arn: string, names: readonly string[], type = 'image_recipe', body?: string): string =>
  `resource "aws_imagebuilder_${type}" "r" {\n  name    = "recipe"\n  version = "1.0.0"\n${type === 'image_recipe' ? RECIPE : CONTAINER}  component {\n${body ?? `    component_arn = ${arn}\n${names.map((n) => `    parameter {\n      name  = ${n}\n      value = "hi"\n    }\n`).join('')}`}  }\n}\n`;

export const REF = 'aws_imagebuilder_component.c.arn';
