import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A component file with two parameters, one without a default. */
export const HELLO_COMPONENT = `name: hello-world
description: Says hello.
schemaVersion: 1.0
parameters:
  - Greeting:
      type: string
      description: What to say.
  - Version:
      type: string
      default: '1.0'
phases:
  - name: build
    steps:
      - name: Say
        action: ExecuteBash
        inputs:
          commands:
            - echo "{{ Greeting }} {{ Version }}"
`;

export const ACCOUNT_ARN = 'arn:aws:imagebuilder:us-east-1:123456789012:component';

/** An image recipe using `hello-world` with the given parameters (JSON). */
export function recipeJson(parameters: ReadonlyArray<[string, string]>, arn = `${ACCOUNT_ARN}/hello-world/x.x.x`, extra: Record<string, unknown> = {}): string {
  const component: Record<string, unknown> = { componentArn: arn };
  if (parameters.length > 0) component.parameters = parameters.map(([name, value]) => ({ name, value: [value] }));
  return `${JSON.stringify({
    name: 'my-recipe',
    semanticVersion: '1.0.0',
    parentImage: 'arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x',
    components: [component],
    ...extra,
  }, null, 2)}\n`;
}

/** A temporary folder with the given files; `cleanup` removes it. */
export function tempWorkspace(files: Record<string, string | Buffer>): { root: string; uri: (relative: string) => string; write: (relative: string, text: string | Buffer) => void; cleanup: () => void } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ib-workspace-')));
  const write = (relative: string, text: string | Buffer) => {
    const full = path.join(root, relative);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  };
  for (const [relative, text] of Object.entries(files)) write(relative, text);
  return {
    root,
    uri: (relative) => pathToFileURL(path.join(root, relative)).toString(),
    write,
    cleanup: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}
