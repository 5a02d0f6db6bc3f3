// A recipe's Components[].ComponentArn naming a Component resource of the same template (!Ref, !GetAtt,
// !Sub and their long forms), its Parameters checked against the component's Data: `<code> [<text under
// the range>] <message>` lines in document order. Each case runs as written (YAML) and as the JSON template
// with long forms (dataRegions.test.ts).
import { TemplateCase, template } from './cases';
import { block } from './dataCases';

const DECLARED = ['parameters:', '  - Greeting:', '      type: string', '      description: What to say', '  - Target:', '      type: string', '      default: world'];
const PHASES = ['phases:', '  - name: build', '    steps:', '      - name: Hello', '        action: ExecuteBash', '        inputs:', '          commands:', '            - echo {{ Greeting }}'];

/** The Component resource `Comp`, its Data `data` (the text after `Data:`). */
export function comp(data = `|\n${block(['schemaVersion: 1.0', ...DECLARED, ...PHASES])}`): string {
  return `  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: hello\n      Platform: Linux\n      Version: 1.0.0\n      Data: ${data}`;
}

/** An image recipe whose one component entry is `entry` (the lines after `- `, indented for the entry). */
export function recipe(entry: string, type = 'ImageRecipe', parent = 'ParentImage: ami-12345678'): string {
  const head = type === 'ContainerRecipe'
    ? '      ContainerType: DOCKER\n      TargetRepository:\n        Service: ECR\n        RepositoryName: repo\n      DockerfileTemplateData: FROM {{{ imagebuilder:parentImage }}}\n'
    : '';
  return `  Recipe:\n    Type: AWS::ImageBuilder::${type}\n    Properties:\n      Name: recipe\n      Version: 1.0.0\n      ${parent}\n${head}      Components:\n        - ${entry}\n`;
}

/** `Parameters:` with the given names (each a `- Name: …` item with a `Value`). */
export function passing(...names: string[]): string {
  return `\n          Parameters:\n${names.map((n) => `            - Name: ${n}\n              Value: [hi]\n`).join('')}`.trimEnd();
}

const MISSING = "missing-parameter [Comp] Component resource 'Comp' needs parameter 'Greeting' (string): it has no default, so the build fails without it.";
const UNDEFINED = "undefined-parameter [Greting] Component resource 'Comp' has no parameter 'Greting': did you mean 'Greeting'? (it declares 'Greeting', 'Target').";

export const PARAMETER_CASES: readonly TemplateCase[] = [
  { name: '!Ref: every required parameter passed, a default one left out', yaml: template(comp() + recipe(`ComponentArn: !Ref Comp${passing('Greeting')}`)), expect: [] },
  { name: '!Ref: a misspelt name (did you mean) and the required one missing', yaml: template(comp() + recipe(`ComponentArn: !Ref Comp${passing('Greting', 'Target')}`)), expect: [MISSING, UNDEFINED] },
  { name: '!GetAtt X.Arn: no Parameters at all', yaml: template(comp() + recipe('ComponentArn: !GetAtt Comp.Arn')), expect: [MISSING] },
  { name: '!GetAtt [X, Arn] (a name too far from the undeclared one gets no suggestion)', yaml: template(comp() + recipe(`ComponentArn: !GetAtt [Comp, Arn]${passing('Greting', 'Greeting')}`)), expect: ["undefined-parameter [Greting] Component resource 'Comp' has no parameter 'Greting' (it declares 'Greeting', 'Target')."] },
  { name: "!Sub '${X}'", yaml: template(comp() + recipe("ComponentArn: !Sub '${Comp}'")), expect: [MISSING] },
  { name: "!Sub '${X.Arn}' in a container recipe", yaml: template(comp() + recipe(`ComponentArn: !Sub '\${Comp.Arn}'${passing('Greting')}`, 'ContainerRecipe', 'ParentImage: amazonlinux:latest')), expect: [MISSING, UNDEFINED] },
  { name: 'the component resource declared after the recipe', yaml: template(recipe(`ComponentArn: !Ref Comp${passing('Other')}`) + comp()), expect: [
    MISSING,
    "undefined-parameter [Other] Component resource 'Comp' has no parameter 'Other' (it declares 'Greeting', 'Target').",
  ] },
  { name: '!GetAtt X.Name is no ARN: nothing said', yaml: template(comp() + recipe('ComponentArn: !GetAtt Comp.Name')), expect: [] },
  { name: 'a Ref to a template parameter, or to another resource: nothing said', yaml: template(comp() + recipe('ComponentArn: !Ref ComponentArn') + '  Other:\n    Type: AWS::S3::Bucket\n'), expect: [] },
  { name: 'an ARN string is the workspace\'s, not the template\'s: nothing said', yaml: template(comp() + recipe('ComponentArn: arn:aws:imagebuilder:us-east-1:123456789012:component/hello/1.0.0')), expect: [] },
  { name: 'Parameters computed (!If): nothing said', yaml: template(comp() + recipe('ComponentArn: !Ref Comp\n          Parameters: !If [Cond, [], []]')), expect: [] },
  { name: 'a Name computed (!Ref): no missing-parameter; a literal misspelt name still is one', yaml: template(comp() + recipe(`ComponentArn: !Ref Comp${passing('!Ref Param', 'Greting')}`)), expect: [UNDEFINED] },
  { name: 'an item computed (!If): no missing-parameter', yaml: template(comp() + recipe('ComponentArn: !Ref Comp\n          Parameters:\n            - !If [Cond, {Name: Greeting, Value: [hi]}, !Ref AWS::NoValue]')), expect: [] },
  { name: 'the Components list or an entry computed: nothing said', yaml: template(comp() + recipe('!If [Cond, {ComponentArn: !Ref Comp}, !Ref AWS::NoValue]')), expect: [] },
  { name: 'a component with Uri instead of Data: nothing known, nothing said', yaml: template(`  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: hello\n      Platform: Linux\n      Version: 1.0.0\n      Uri: s3://bucket/c.yaml\n${recipe(`ComponentArn: !Ref Comp${passing('Anything')}`)}`), expect: [] },
  { name: 'a Data CloudFormation computes (!Join): nothing said', yaml: template(comp('!Join ["", [a, b]]\n') + recipe(`ComponentArn: !Ref Comp${passing('Anything')}`)), expect: [] },
  {
    name: 'a !Sub Data with a ${…}-named parameter: no undefined-parameter (it may be that one); a literal required one is still missing',
    yaml: template(comp(`!Sub |\n${block(['schemaVersion: 1.0', ...DECLARED, '  - "${Extra}":', '      type: string', ...PHASES])}`) + recipe(`ComponentArn: !Ref Comp${passing('Greting')}`)),
    expect: [MISSING],
  },
  {
    name: 'a !Sub Data with a bare ${…} parameter key: a plain key, no invalid-type (a tag would take its colon), no undefined-parameter',
    yaml: template(comp(`!Sub |\n${block(['schemaVersion: 1.0', ...DECLARED, '  - ${Extra}:', '      type: string', ...PHASES])}`) + recipe(`ComponentArn: !Ref Comp${passing('Greting')}`)),
    expect: [MISSING],
  },
  {
    name: 'a !Sub Data whose parameters list is a ${…}: nothing said',
    yaml: template(comp(`!Sub |\n${block(['schemaVersion: 1.0', 'parameters: ${Params}', ...PHASES.map((l) => l.replace('{{ Greeting }}', 'hi'))])}`) + recipe(`ComponentArn: !Ref Comp${passing('Greting')}`)),
    expect: [],
  },
  {
    name: 'a !Sub Data with a ${…} default: the parameter has a default',
    yaml: template(comp(`!Sub |\n${block(['schemaVersion: 1.0', ...DECLARED.map((l) => l.replace('description: What to say', 'default: ${Greeting}')), ...PHASES])}`) + recipe(`ComponentArn: !Ref Comp${passing('Target')}`)),
    expect: [],
  },
  {
    name: 'a component declaring no parameters',
    yaml: template(comp(`|\n${block(['schemaVersion: 1.0', ...PHASES.map((l) => l.replace('{{ Greeting }}', 'hi'))])}`) + recipe(`ComponentArn: !Ref Comp${passing('Greeting')}`)),
    expect: ["undefined-parameter [Greeting] Component resource 'Comp' has no parameter 'Greeting' (it declares no parameters)."],
  },
];
