// Templates and what each gets, as `<code> [<text under the range>] <message>` lines in document order.
// Each case runs as written (YAML) and as the JSON template with long forms (toJson.ts).

export interface TemplateCase {
  readonly name: string;
  readonly yaml: string;
  readonly expect: readonly string[];
}

export const RESOURCE_HEADER = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n";

/** A template of the resources given as YAML text (indented by the caller at 2 spaces). */
export function template(resources: string, extra = ''): string {
  return `${RESOURCE_HEADER}${resources}${extra}`;
}

const COMPONENT = `  Comp:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: hello
      Platform: Linux
      Version: 1.0.0
      Data: |
        schemaVersion: 1.0
        phases:
          - name: build
            steps:
              - name: Hello
                action: ExecuteBash
                inputs:
                  commands:
                    - echo hello
`;

export const CASES: readonly TemplateCase[] = [
  { name: 'a clean component resource', yaml: template(COMPONENT), expect: [] },
  {
    name: 'a misspelt property suggests the right one; a required one is missing',
    yaml: template('  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: hello\n      Platfrom: Linux\n      Version: 1.0.0\n      Uri: s3://bucket/c.yaml\n'),
    expect: [
      "missing-property [Properties] Missing required property 'Platform'.",
      "unknown-property [Platfrom] Property 'Platfrom' is not allowed in AWS::ImageBuilder::Component. Did you mean 'Platform'?",
    ],
  },
  {
    name: 'enum values: Platform (macOS included), Tenancy, HttpTokens, VolumeType, Status',
    yaml: template(`  Comp:
    Type: AWS::ImageBuilder::Component
    Properties: { Name: comp, Platform: MacOS, Version: 1.0.0, Uri: s3://bucket/c.yaml }
  Infra:
    Type: AWS::ImageBuilder::InfrastructureConfiguration
    Properties:
      Name: infra
      InstanceProfileName: role
      Placement: { Tenancy: hots }
      InstanceMetadataOptions: { HttpTokens: require }
  Recipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: recipe
      Version: 1.0.0
      ParentImage: ami-0123456789abcdef0
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeType: gp9, VolumeSize: 8 }
  Pipeline:
    Type: AWS::ImageBuilder::ImagePipeline
    Properties: { Name: pipeline, InfrastructureConfigurationArn: !Ref Infra, Status: ON }
`),
    expect: [
      "invalid-value [MacOS] 'MacOS' is not an allowed value. Allowed: Windows, Linux, macOS. Did you mean 'macOS'?",
      "invalid-value [hots] 'hots' is not an allowed value. Allowed: default, dedicated, host. Did you mean 'host'?",
      "invalid-value [require] 'require' is not an allowed value. Allowed: required, optional. Did you mean 'required'?",
      "invalid-value [gp9] 'gp9' is not an allowed value. Allowed: standard, io1, io2, io2a, gp2, gp3, gp3a, sc1, st1. Did you mean 'gp2'?",
      "invalid-value [ON] 'ON' is not an allowed value. Allowed: DISABLED, ENABLED.",
    ],
  },
  {
    name: 'types, ranges and formats; CloudFormation converts scalars first',
    yaml: template(`  Recipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: recipe
      Version: 1
      ParentImage: [ami-0123456789abcdef0]
      Components:
        - ComponentArn: not-an-arn
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs: { VolumeSize: "0", Iops: "3000", DeleteOnTermination: "true", Encrypted: maybe }
  Comp:
    Type: AWS::ImageBuilder::Component
    Properties: { Name: comp, Platform: Linux, Version: 1.0.0, Uri: https://example.com/c.yaml }
`),
    expect: [
      'invalid-type [[ami-0123456789abcdef0]] Expected a string but found a list.',
      "invalid-format [not-an-arn] 'not-an-arn' is not an Image Builder ARN (arn:aws:imagebuilder:region:account:type/name/…).",
      'out-of-range ["0"] 0 is below the minimum of 1 (allowed: 1–16000).',
      'invalid-type [maybe] Expected true or false but found a string.',
      "invalid-format [https://example.com/c.yaml] 'https://example.com/c.yaml' is not an S3 URL of the form s3://bucket/key.",
    ],
  },
  {
    name: 'intrinsics are unknown values everywhere a value can be: no type, enum, format or range error',
    yaml: template(`  Comp:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: !Sub '\${AWS::StackName}-component'
      Platform: !If [IsWindows, Windows, !Ref PlatformParameter]
      Version: !FindInMap [Versions, !Ref AWS::Region, Component]
      Uri: !Join ['', ['s3://', !Ref Bucket, /c.yaml]]
      Tags: !If [HasTags, { Team: a }, !Ref AWS::NoValue]
  Infra:
    Type: AWS::ImageBuilder::InfrastructureConfiguration
    Properties:
      Name: !Ref AWS::StackName
      InstanceProfileName: '{{resolve:ssm:/ib/profile}}'
      InstanceTypes: !Split [',', !Ref Types]
      SecurityGroupIds: [!GetAtt Group.GroupId, !ImportValue SharedGroup]
      Placement: !If [OnHost, { Tenancy: host }, !Ref AWS::NoValue]
      InstanceMetadataOptions:
        HttpTokens: !Select [0, [required, optional]]
        HttpPutResponseHopLimit: !Ref Hops
      TerminateInstanceOnFailure: !Equals [!Ref Env, prod]
  Recipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties: !If [Cond, { Name: r }, !Ref AWS::NoValue]
`),
    expect: [],
  },
  {
    name: 'resource attributes, other resources, Parameters and Outputs: nothing reported',
    yaml: `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Bucket: { Type: Strin, Defualt: x }
Resources:
  Comp:
    Type: AWS::ImageBuilder::Component
    DependsOn: [Nowhere, 12]
    Condition: NotDeclared
    DeletionPolicy: Sometimes
    UpdateReplacePolicy: Never
    Metadata: { Anything: [1, 2] }
    Properties: { Name: comp, Platform: Linux, Version: 1.0.0, Uri: s3://bucket/c.yaml }
  Queue:
    Type: AWS::SQS::Queue
    Properties: { Nonsense: !Ref Nowhere, VisibilityTimeout: forever }
  Custom:
    Type: Custom::Thing
    Properties: { Placement: { Tenancy: hots } }
Outputs:
  Arn: { Value: !GetAtt Comp.Nope, Export: 12 }
`,
    expect: [],
  },
  {
    name: 'a resource without Properties needs its required ones; a type the database lacks is cfn-lint\'s',
    yaml: template('  Comp:\n    Type: AWS::ImageBuilder::Component\n  Other:\n    Type: AWS::ImageBuilder::Gadget\n    Properties: { Anything: 1 }\n'),
    expect: ["missing-property [Comp] AWS::ImageBuilder::Component needs Properties with 'Name', 'Platform', 'Version'."],
  },
];

/** The request files' semantic rules on template resources (PascalCase keys); silent on an intrinsic input. */
export const RULE_CASES: readonly TemplateCase[] = [
  {
    name: 'placement-target-conflict: HostId and HostResourceGroupArn',
    yaml: template('  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Properties:\n      Name: infra\n      InstanceProfileName: p\n      Placement:\n        Tenancy: host\n        HostId: h-0123456789abcdef0\n        HostResourceGroupArn: arn:aws:resource-groups:us-east-1:123456789012:group/g\n'),
    expect: ["placement-target-conflict [HostResourceGroupArn] 'HostId' and 'HostResourceGroupArn' cannot both be set: give one placement target at most."],
  },
  {
    name: 'placement-target-conflict: both keys set, one an intrinsic, still conflict',
    yaml: template('  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Properties:\n      Name: infra\n      InstanceProfileName: p\n      Placement:\n        Tenancy: host\n        HostId: !Ref HostParam\n        HostResourceGroupArn: arn:aws:resource-groups:us-east-1:123456789012:group/g\n'),
    expect: ["placement-target-conflict [HostResourceGroupArn] 'HostId' and 'HostResourceGroupArn' cannot both be set: give one placement target at most."],
  },
  {
    name: 'exclusive-properties: Data and Uri',
    yaml: template('  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: comp\n      Platform: Linux\n      Version: 1.0.0\n      Uri: s3://bucket/c.yaml\n      Data: "{schemaVersion: 1.0, phases: [{name: build, steps: [{name: Restart, action: Reboot}]}]}"\n'),
    expect: ["exclusive-properties [Data] 'Data' and 'Uri' cannot both be given: choose one way to supply the component document: inline YAML in 'Data' or an S3 URL in 'Uri'."],
  },
  {
    name: 'ebs-throughput-needs-gp3: silent when VolumeType is an intrinsic',
    yaml: template('  Recipe:\n    Type: AWS::ImageBuilder::ImageRecipe\n    Properties:\n      Name: recipe\n      Version: 1.0.0\n      ParentImage: ami-0123456789abcdef0\n      Components: [{ ComponentArn: arn:aws:imagebuilder:us-east-1:aws:component/x/1.0.0 }]\n      BlockDeviceMappings:\n        - DeviceName: /dev/xvda\n          Ebs: { VolumeType: !Ref VolType, Throughput: 250 }\n'),
    expect: [],
  },
];
