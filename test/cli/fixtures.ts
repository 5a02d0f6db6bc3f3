// Files with one or more problems of every code whose fix `--fix` applies, in every file kind: component
// documents, request JSON and YAML, a component inside a create-component request's `data`,
// CloudFormation templates (YAML and JSON) and Terraform files.
import { yamlTemplateToJson } from '../cloudformation/toJson';

/** A CloudFormation template (YAML with short forms; its JSON form with long forms) with a problem of each preferred fix a template can have. */
const TEMPLATE_TO_FIX = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Profile: { Type: String }
Resources:
  Comp:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: comp
      Platform: MacOS
      Version: 1.0.0
      Uri: !Sub 's3://\${AWS::AccountId}-components/c.yaml'
      Descriptoin: a component
  Infra:
    Type: AWS::ImageBuilder::InfrastructureConfiguration
    Properties:
      Name: mac-infra
      InstanceProfileName: !Ref Profile
      InstanceTypes:
        - mac2.metal
`;

export interface FixFixture {
  readonly name: string;
  readonly family: 'component' | 'request-json' | 'request-yaml' | 'embedded' | 'template-yaml' | 'template-json' | 'terraform';
  readonly text: string;
  /** The codes --fix must remove from this file (every one of them is present before). */
  readonly codes: readonly string[];
}

export const FIX_FIXTURES: readonly FixFixture[] = [
  {
    name: 'fix-component.yaml',
    family: 'component',
    codes: ['unknown-property', 'invalid-value', 'undefined-reference', 'unknown-action', 'unquoted-expression'],
    text: `name: fixme
schemaVersion: 1.0
parameters:
  - Version:
      type: string
      default: '1.0'
phases:
  - name: build
    steps:
      - name: Fetch
        action: S3Download
        timeoutSecond: 60
        onFailure: abort
        inputs:
          - source: s3://bucket/app-{{ Verison }}.tar.gz
            destination: /tmp/app.tar.gz
      - name: Unpack
        action: ExecuteBsh
        inputs:
          commands:
            - echo: hi
      - name: Link
        action: CreateSymlink
        inputs:
          - path: /usr/local/bin/app
            target: {{ build.Fetch.inputs[0].destination }}
`,
  },
  {
    // invalid-type ("quote the line") shows only once the action is known: the second pass fixes it.
    name: 'fix-component-commands.yaml',
    family: 'component',
    codes: ['invalid-type'],
    text: `name: commands
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Run
        action: ExecuteBash
        inputs:
          commands:
            - echo: hi
`,
  },
  {
    name: 'fix-infrastructure.json',
    family: 'request-json',
    codes: ['mac-needs-host', 'unknown-property', 'invalid-value'],
    text: `{
  "name": "mac-build",
  "instanceTypes": ["mac2.metal"],
  "instanceProfileName": "EC2InstanceProfileForImageBuilder",
  "subnetID": "subnet-0abc",
  "instanceMetadataOptions": { "httpTokens": "require" }
}
`,
  },
  {
    name: 'fix-schema-key.json',
    family: 'request-json',
    codes: ['schema-key-rejected'],
    text: `{
  "$schema": "create-image-recipe.request.schema.json",
  "name": "recipe",
  "semanticVersion": "1.0.0",
  "parentImage": "arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x",
  "components": [{ "componentArn": "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x" }]
}
`,
  },
  {
    name: 'fix-image-recipe.yaml',
    family: 'request-yaml',
    codes: ['invalid-value', 'unknown-property'],
    text: `name: recipe
semanticVersion: 1.0.0
parentImage: arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x
components:
  - componentArn: arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x
blockDeviceMappings:
  - deviceName: /dev/xvda
    ebs:
      volumeType: gp33
      volumeSize: 100
workingDirectroy: /tmp
`,
  },
  {
    name: 'fix-infrastructure.yaml',
    family: 'request-yaml',
    codes: ['mac-needs-host'],
    text: `name: mac-build
instanceTypes:
  - mac2.metal
instanceProfileName: EC2InstanceProfileForImageBuilder
`,
  },
  {
    name: 'fix-create-component.json',
    family: 'embedded',
    codes: ['unknown-action', 'undefined-reference'],
    text: `{
  "name": "embedded",
  "semanticVersion": "1.0.0",
  "platform": "Linux",
  "data": "name: x\\nschemaVersion: 1.0\\nconstants:\\n  - Dir:\\n      type: string\\n      value: /opt\\nphases:\\n  - name: build\\n    steps:\\n      - name: Run\\n        action: ExecuteBsh\\n        inputs:\\n          commands:\\n            - ls {{ Dri }}\\n"
}
`,
  },
  {
    name: 'fix-template.yaml',
    family: 'template-yaml',
    codes: ['unknown-property', 'invalid-value', 'mac-needs-host'],
    text: TEMPLATE_TO_FIX,
  },
  {
    name: 'fix-template.template.json',
    family: 'template-json',
    codes: ['unknown-property', 'invalid-value', 'mac-needs-host'],
    text: yamlTemplateToJson(TEMPLATE_TO_FIX),
  },
  {
    name: 'fix-main.tf',
    family: 'terraform',
    codes: ['mac-needs-host', 'unknown-property', 'invalid-value'],
    text: `resource "aws_imagebuilder_infrastructure_configuration" "infra" {
  name                         = "mac-build"
  instance_profile_name        = "EC2InstanceProfileForImageBuilder"
  instance_types               = ["mac2.metal"]
  terminate_instance_on_failre = true
}

resource "aws_imagebuilder_image_recipe" "recipe" {
  name         = "recipe"
  version      = "1.0.0"
  parent_image = "ami-0123456789abcdef0"
  component {
    component_arn = "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x"
  }
  block_device_mapping {
    device_name = "/dev/xvda"
    ebs {
      volume_type = "gp33"
      volume_size = 8
    }
  }
}
`,
  },
];
