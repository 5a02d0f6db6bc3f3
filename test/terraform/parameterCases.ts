// The component resource and recipes of the Terraform parameter tests (recipeParameters, parameterCompletion, moduleComponents).

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

export const MISSING = `missing-parameter [${REF}]`;

/**
 * [name, the resources (each a whole resource block, in order), the diagnostics expected `<code> [<covered text>]`
 * in document order]: with the resources in one file (`recipeParameters.test.ts`) and with the component resources
 * in another file of the module (`moduleComponents.test.ts`), all in the recipes.
 */
export const PARAMETER_CASES: Array<[string, string[], string[]]> = [
  ['every required parameter passed', [component(), recipe(REF, ['"Greeting"'])], []],
  ['a misspelt name and the required one missing', [component(), recipe(REF, ['"Greting"', '"Target"'])], [MISSING, 'undefined-parameter [Greting]']],
  ['no parameter blocks at all', [component(), recipe(REF, [])], [MISSING]],
  ['.id names the component too (its id is its ARN)', [component(), recipe('aws_imagebuilder_component.c.id', [])], ['missing-parameter [aws_imagebuilder_component.c.id]']],
  ['the recipe written before the component', [recipe(REF, ['"Other"', '"Greeting"']), component()], ['undefined-parameter [Other]']],
  ['a container recipe', [component(), recipe(REF, ['"Greting"'], 'container_recipe')], [MISSING, 'undefined-parameter [Greting]']],
  ['a quoted-string data', [component('"schemaVersion: 1.0\\nparameters:\\n  - Greeting:\\n      type: string\\nphases:\\n  - name: build\\n    steps:\\n      - name: A\\n        action: Reboot\\n"'), recipe(REF, ['"Greting"'])], [MISSING, 'undefined-parameter [Greting]']],
  ['a yamlencode data', [component('yamlencode({\n    schemaVersion = 1.0\n    parameters = [{ Greeting = { type = "string" } }]\n    phases = [{ name = "build", steps = [{ name = "A", action = "Reboot" }] }]\n  })'), recipe(REF, ['"Greting"'])], [MISSING, 'undefined-parameter [Greting]']],
  ['a component_arn from a variable: nothing said', [component(), recipe('var.component_arn', ['"Anything"'])], []],
  ['a component with count, referenced by index: nothing said', [component(HEREDOC, '  count    = 2\n'), recipe('aws_imagebuilder_component.c[0].arn', ['"Anything"'])], []],
  ['a component with for_each, referenced without index: nothing said', [component(HEREDOC, '  for_each = toset(["a"])\n'), recipe(REF, ['"Anything"'])], []],
  ['a data from elsewhere (var.data): nothing said', [component('var.data'), recipe(REF, ['"Anything"'])], []],
  ['an interpolated name: no missing-parameter; a literal misspelt one still is undefined', [component(), recipe(REF, ['"${var.name}"', '"Greting"'])], ['undefined-parameter [Greting]']],
  ['a name from a variable: no missing-parameter', [component(), recipe(REF, ['var.name'])], []],
  ['a dynamic "parameter": no missing-parameter', [component(), recipe(REF, [], 'image_recipe', `    component_arn = ${REF}\n    dynamic "parameter" {\n      for_each = var.p\n      content {\n        name  = parameter.key\n        value = parameter.value\n      }\n    }\n`)], []],
  ['a dynamic "component" is not read', [component(), `resource "aws_imagebuilder_image_recipe" "r" {\n  name    = "recipe"\n  version = "1.0.0"\n${RECIPE}  dynamic "component" {\n    for_each = [1]\n    content {\n      component_arn = aws_imagebuilder_component.c.arn\n    }\n  }\n}\n`], []],
  ['a ${…}-named parameter in the heredoc: no undefined-parameter; a literal required one is still missing', [component(`<<-EOT\n    schemaVersion: 1.0\n${DECLARED}      - \${var.extra}:\n          type: string\n${PHASES}  EOT`), recipe(REF, ['"Greting"'])], [MISSING]],
  ['a heredoc parameter with a ${…} default has a default', [component(HEREDOC.replace('description: What to say', 'default: ${var.greeting}')), recipe(REF, [])], []],
];

