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
    name: 'a required property given as a bare !Ref AWS::NoValue is missing (CloudFormation removes it), nested too; an !If with such a branch is not',
    yaml: template(`  Comp:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: !If [Named, hello, !Ref AWS::NoValue]
      Platform: !Ref AWS::NoValue
      Version: 1.0.0
      Uri: s3://bucket/c.yaml
  Dist:
    Type: AWS::ImageBuilder::DistributionConfiguration
    Properties:
      Name: dist
      Distributions:
        - Region: !Ref AWS::NoValue
        - Region: us-east-1
`),
    expect: [
      "missing-property [Platform] Missing required property 'Platform': AWS::NoValue removes it.",
      "missing-property [Region] Missing required property 'Region': AWS::NoValue removes it.",
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
    name: "Fn::ForEach::Name inside Properties (AWS::LanguageExtensions) makes its mapping's keys unknown: no error there",
    yaml: template(`  Infra:
    Type: AWS::ImageBuilder::InfrastructureConfiguration
    Properties:
      Name: infra
      InstanceProfileName: p
      ResourceTags:
        Fn::ForEach::Tags:
          - T
          - [Team, Owner]
          - \${T}: x
      Description: !ToJsonString { a: !Length [a, b] }
  Comp:
    Type: AWS::ImageBuilder::Component
    Properties:
      Fn::ForEach::Named:
        - N
        - [hello]
        - Name: \${N}
      Platform: Linux
      Version: 1.0.0
      Uri: s3://bucket/c.yaml
`, '\nTransform: AWS::LanguageExtensions\n'),
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

// ---- Intrinsics on each rule input (RULE_CASES continued) ----
// An intrinsic's value is unknown, but it is given: a rule that needs the value is silent, a rule that
// needs only the key's presence still fires. `!If` with an `AWS::NoValue` branch (or `!Ref AWS::NoValue`)
// may remove the key: a problem is reported only when it holds with and without it.

const ARN_GROUP = 'arn:aws:resource-groups:us-east-1:123456789012:group/g';

/** An infrastructure configuration whose Properties end with `rest` (YAML at 6 spaces). */
function infra(rest: string): string {
  return template(`  Infra:\n    Type: AWS::ImageBuilder::InfrastructureConfiguration\n    Properties:\n      Name: infra\n      InstanceProfileName: p\n${rest}`);
}

/** A placement of the given `Key: value` lines. */
function placement(...lines: string[]): string {
  return infra(`      Placement:\n${lines.map((l) => `        ${l}\n`).join('')}`);
}

/** An image recipe with one EBS volume of the given `Key: value` lines. */
function ebs(...lines: string[]): string {
  return template(`  Recipe:
    Type: AWS::ImageBuilder::ImageRecipe
    Properties:
      Name: recipe
      Version: 1.0.0
      ParentImage: ami-0123456789abcdef0
      BlockDeviceMappings:
        - DeviceName: /dev/xvda
          Ebs:
${lines.map((l) => `            ${l}\n`).join('')}`);
}

/** A component resource with the given `Key: value` lines after Name, Platform and Version. */
function component(...lines: string[]): string {
  return template(`  Comp:\n    Type: AWS::ImageBuilder::Component\n    Properties:\n      Name: comp\n      Platform: Linux\n      Version: 1.0.0\n${lines.map((l) => `      ${l}\n`).join('')}`);
}

const CONFLICT = "placement-target-conflict [HostResourceGroupArn] 'HostId' and 'HostResourceGroupArn' cannot both be set: give one placement target at most.";
const needsHost = (now: string) => `placement-target-needs-host [HostId] 'HostId' applies only when 'Tenancy' is 'host', but ${now}.`;
const EXCLUSIVE = "exclusive-properties [Uri] 'Data' and 'Uri' cannot both be given: choose one way to supply the component document: inline YAML in 'Data' or an S3 URL in 'Uri'.";
const mac = (type: string) => `mac-needs-host [${type}] '${type}' is a Mac instance type: Mac instances run only on Dedicated Hosts, so set 'Placement.Tenancy' to 'host'.`;

const INTRINSIC_RULE_CASES: readonly TemplateCase[] = [
  // Tenancy
  { name: 'Tenancy !Ref with a HostId: silent (it may be host)', yaml: placement('Tenancy: !Ref TenancyParam', 'HostId: h-0123456789abcdef0'), expect: [] },
  { name: 'Tenancy { Ref } (YAML long form) with a HostId: silent', yaml: placement('Tenancy: { Ref: TenancyParam }', 'HostId: h-0123456789abcdef0'), expect: [] },
  { name: 'Tenancy !If [host, dedicated] with a HostId: silent', yaml: placement('Tenancy: !If [OnHost, host, dedicated]', 'HostId: h-0123456789abcdef0'), expect: [] },
  { name: 'Tenancy !Ref AWS::NoValue with a HostId: silent (a fix must not add a second Tenancy)', yaml: placement('Tenancy: !Ref AWS::NoValue', 'HostId: h-0123456789abcdef0'), expect: [] },
  { name: 'Tenancy dedicated with a HostId !Sub: the target is given, so it fires', yaml: placement('Tenancy: dedicated', "HostId: !Sub '${HostParam}'"), expect: [needsHost("'Tenancy' is 'dedicated'")] },
  // HostId / HostResourceGroupArn
  { name: 'HostId !Ref with Tenancy default: fires (presence is known)', yaml: placement('Tenancy: default', 'HostId: !Ref HostParam'), expect: [needsHost("'Tenancy' is 'default'")] },
  { name: 'HostId Fn::GetAtt and HostResourceGroupArn !Sub: both given, conflict', yaml: placement('Tenancy: host', 'HostId: !GetAtt Host.HostId', "HostResourceGroupArn: !Sub 'arn:aws:resource-groups:${AWS::Region}:${AWS::AccountId}:group/g'"), expect: [CONFLICT] },
  { name: 'HostId { Fn::GetAtt } long form and HostResourceGroupArn: conflict', yaml: placement('Tenancy: host', "HostId: { 'Fn::GetAtt': [Host, HostId] }", `HostResourceGroupArn: ${ARN_GROUP}`), expect: [CONFLICT] },
  { name: 'HostId !If with an AWS::NoValue branch and HostResourceGroupArn: silent (may be absent)', yaml: placement('Tenancy: host', 'HostId: !If [UseHost, h-0123456789abcdef0, !Ref AWS::NoValue]', `HostResourceGroupArn: ${ARN_GROUP}`), expect: [] },
  { name: 'HostId !If with two values and HostResourceGroupArn: conflict (given either way)', yaml: placement('Tenancy: host', 'HostId: !If [UseHost, h-0123456789abcdef0, h-0fedcba9876543210]', `HostResourceGroupArn: ${ARN_GROUP}`), expect: [CONFLICT] },
  { name: 'HostId !If with an AWS::NoValue branch, Tenancy dedicated: silent', yaml: placement('Tenancy: dedicated', 'HostId: !If [UseHost, h-0123456789abcdef0, !Ref AWS::NoValue]'), expect: [] },
  { name: 'HostId !Ref AWS::NoValue, Tenancy dedicated: silent (CloudFormation removes it)', yaml: placement('Tenancy: dedicated', 'HostId: !Ref AWS::NoValue'), expect: [] },
  // VolumeType
  { name: 'VolumeType !If [gp2, gp3] with Throughput: silent', yaml: ebs('VolumeType: !If [Fast, gp3, gp2]', 'Throughput: 250'), expect: [] },
  { name: 'VolumeType { Ref } with Iops: silent', yaml: ebs('VolumeType: { Ref: VolType }', 'Iops: 100'), expect: [] },
  { name: 'VolumeType !FindInMap on io1 without Iops: silent', yaml: ebs('VolumeType: !FindInMap [Volumes, !Ref Env, Type]'), expect: [] },
  // Iops
  { name: 'Iops !Ref on gp2: fires (gp2 takes no Iops at all)', yaml: ebs('VolumeType: gp2', 'Iops: !Ref IopsParam'), expect: ["ebs-iops-mismatch [Iops] 'gp2' volumes do not take 'Iops'; only io1, io2 and gp3 do."] },
  { name: 'Iops !Ref on io1: silent (its range is unknown)', yaml: ebs('VolumeType: io1', 'Iops: !Ref IopsParam'), expect: [] },
  { name: 'Iops !Select on gp3: silent', yaml: ebs('VolumeType: gp3', 'Iops: !Select [0, [1000, 4000]]'), expect: [] },
  { name: 'Iops !If with an AWS::NoValue branch on io2: silent (given or missing)', yaml: ebs('VolumeType: io2', 'Iops: !If [Fast, 5000, !Ref AWS::NoValue]'), expect: [] },
  { name: 'Iops !If with an AWS::NoValue branch on gp2: silent (may be absent)', yaml: ebs('VolumeType: gp2', 'Iops: !If [Fast, 5000, !Ref AWS::NoValue]'), expect: [] },
  // Throughput
  { name: 'Throughput !Ref on gp2: fires', yaml: ebs('VolumeType: gp2', 'Throughput: !Ref ThroughputParam'), expect: ["ebs-throughput-needs-gp3 [Throughput] 'Throughput' applies only to gp3 volumes; this volume is 'gp2'."] },
  { name: 'Throughput !Ref on gp3: silent', yaml: ebs('VolumeType: gp3', 'Throughput: !Ref ThroughputParam'), expect: [] },
  { name: 'Throughput !If with an AWS::NoValue branch on st1: silent', yaml: ebs('VolumeType: st1', 'Throughput: !If [Fast, 250, !Ref AWS::NoValue]'), expect: [] },
  // Data / Uri
  { name: 'Data !Sub and Uri: both given, exclusive', yaml: component("Data: !Sub '{schemaVersion: 1.0, phases: [{name: ${AWS::StackName}, steps: [{name: Restart, action: Reboot}]}]}'", 'Uri: s3://bucket/c.yaml'), expect: [EXCLUSIVE] },
  { name: 'Data and Uri !Ref: both given, exclusive', yaml: component('Data: "{schemaVersion: 1.0, phases: [{name: build, steps: [{name: Restart, action: Reboot}]}]}"', 'Uri: !Ref ComponentUri'), expect: [EXCLUSIVE] },
  { name: 'Data and Uri { Fn::Join }: both given, exclusive', yaml: component('Data: "{schemaVersion: 1.0, phases: [{name: build, steps: [{name: Restart, action: Reboot}]}]}"', "Uri: { 'Fn::Join': ['', [s3://, !Ref Bucket, /c.yaml]] }"), expect: [EXCLUSIVE] },
  { name: 'Data and Uri !If with an AWS::NoValue branch: silent', yaml: component('Data: "{schemaVersion: 1.0, phases: [{name: build, steps: [{name: Restart, action: Reboot}]}]}"', 'Uri: !If [FromS3, s3://bucket/c.yaml, !Ref AWS::NoValue]'), expect: [] },
  { name: 'Uri !If with an AWS::NoValue branch alone: silent (given or missing)', yaml: component('Uri: !If [FromS3, s3://bucket/c.yaml, !Ref AWS::NoValue]'), expect: [] },
  { name: 'Data !If between two documents, no Uri: clean', yaml: component('Data: !If [Big, "schemaVersion: 1.0", "schemaVersion: 1.0"]'), expect: [] },
  // mac-needs-host: Mac instance types need Tenancy host (rules/request/macNeedsHost.ts: InstanceTypes and Placement)
  { name: 'mac-needs-host: a Mac type with no Placement', yaml: infra('      InstanceTypes: [mac2.metal]\n'), expect: [mac('mac2.metal')] },
  { name: 'mac-needs-host: a Mac type and an intrinsic type, Tenancy dedicated: fires at the Mac type', yaml: infra('      InstanceTypes: [mac2-m2.metal, !Ref OtherType]\n      Placement: { Tenancy: dedicated }\n'), expect: [mac('mac2-m2.metal')] },
  { name: 'mac-needs-host: Tenancy host: clean', yaml: infra('      InstanceTypes: [mac1.metal]\n      Placement: { Tenancy: host }\n'), expect: [] },
  { name: 'mac-needs-host: InstanceTypes !Ref: silent', yaml: infra('      InstanceTypes: !Ref Types\n'), expect: [] },
  { name: 'mac-needs-host: InstanceTypes !Split: silent', yaml: infra("      InstanceTypes: !Split [',', !Ref Types]\n"), expect: [] },
  { name: 'mac-needs-host: an item !If with a Mac type: silent', yaml: infra('      InstanceTypes: [!If [OnMac, mac2.metal, m5.large]]\n'), expect: [] },
  { name: 'mac-needs-host: Placement !If: silent', yaml: infra('      InstanceTypes: [mac2.metal]\n      Placement: !If [OnHost, { Tenancy: host }, !Ref AWS::NoValue]\n'), expect: [] },
  { name: 'mac-needs-host: Tenancy !Ref: silent', yaml: infra('      InstanceTypes: [mac2.metal]\n      Placement: { Tenancy: !Ref TenancyParam }\n'), expect: [] },
  { name: 'mac-needs-host: Tenancy !If with an AWS::NoValue branch: silent', yaml: infra('      InstanceTypes: [mac2.metal]\n      Placement: { Tenancy: !If [OnHost, host, !Ref AWS::NoValue] }\n'), expect: [] },
  { name: 'mac-needs-host: an unrelated property may be absent: still fires', yaml: infra('      InstanceTypes: [mac2.metal]\n      KeyPair: !If [UseKey, !Ref Key, !Ref AWS::NoValue]\n'), expect: [mac('mac2.metal')] },
];

export const ALL_RULE_CASES: readonly TemplateCase[] = [...RULE_CASES, ...INTRINSIC_RULE_CASES];
