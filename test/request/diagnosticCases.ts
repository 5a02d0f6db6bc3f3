// Request files and their diagnostics, as data: run by diagnostics.test.ts, and read by
// test/seams/ruleHosts.test.ts for where each rule runs.

/** Each case: a request file and its diagnostics as the harness's `diagnosticsText` lines (`line:col severity code [text] message`). */
export const DIAGNOSTIC_CASES: ReadonlyArray<{ name: string; file?: string; text: string; expect: readonly string[] }> = [
  {
    name: 'a clean infrastructure configuration has no diagnostic',
    text: '{"name": "build-infra", "instanceProfileName": "ImageBuilderRole", "instanceTypes": ["mac2.metal"], "placement": {"tenancy": "host", "hostId": "h-0123456789abcdef0"}}',
    expect: [],
  },
  {
    name: 'hostId with hostResourceGroupArn: one conflict (at the second target, related to the first) and one missing host tenancy',
    file: 'infra.yaml',
    text: [
      'name: build-infra',
      'instanceProfileName: ImageBuilderRole',
      'placement:',
      '  tenancy: dedicated',
      '  hostId: h-0123456789abcdef0',
      '  hostResourceGroupArn: arn:aws:resource-groups:us-east-1:123456789012:group/macs',
      '',
    ].join('\n'),
    expect: [
      "5:3 error placement-target-needs-host [hostId] 'hostId' applies only when 'tenancy' is 'host', but 'tenancy' is 'dedicated'.",
      "6:3 error placement-target-conflict [hostResourceGroupArn] 'hostId' and 'hostResourceGroupArn' cannot both be set: give one placement target at most.",
    ],
  },
  {
    name: 'a tenancy typo is reported once, as invalid-value, and feeds no placement rule',
    text: '{"name": "build-infra", "instanceProfileName": "p",\n "placement": {"tenancy": "Host", "hostId": "h-0123456789abcdef0"}}',
    expect: ["2:27 error invalid-value [\"Host\"] 'Host' is not an allowed value. Allowed: default, dedicated, host. Did you mean 'host'?"],
  },
  {
    name: 'a placement target without tenancy',
    text: '{"name": "build-infra", "instanceProfileName": "p",\n "placement": {"hostResourceGroupArn": "arn:aws:resource-groups:us-east-1:123456789012:group/macs"}}',
    expect: ["2:16 error placement-target-needs-host [\"hostResourceGroupArn\"] 'hostResourceGroupArn' applies only when 'tenancy' is 'host', but 'tenancy' is not set."],
  },
  {
    name: 'a Mac instance type without a Dedicated Host',
    file: 'infra.yaml',
    text: 'name: mac-infra\ninstanceProfileName: p\ninstanceTypes:\n  - m5.large\n  - mac2-m2.metal\n',
    expect: ["5:5 error mac-needs-host [mac2-m2.metal] 'mac2-m2.metal' is a Mac instance type: Mac instances run only on Dedicated Hosts, so set 'placement.tenancy' to 'host'."],
  },
  {
    name: 'enum typo: MacOS suggests macOS; tenancy is case-sensitive',
    text: '{"name": "my-component", "semanticVersion": "1.0.0", "platform": "MacOS", "data": "schemaVersion: 1.0\\nphases:\\n  - name: build\\n    steps:\\n      - name: Restart\\n        action: Reboot\\n"}',
    expect: ["1:66 error invalid-value [\"MacOS\"] 'MacOS' is not an allowed value. Allowed: Windows, Linux, macOS. Did you mean 'macOS'?"],
  },
  {
    name: 'data and uri together',
    text: '{"name": "my-component", "semanticVersion": "1.0.0", "platform": "Linux",\n "data": "schemaVersion: 1.0\\nphases:\\n  - name: build\\n    steps:\\n      - name: Restart\\n        action: Reboot\\n", "uri": "s3://my-bucket/component.yaml"}',
    expect: ["2:119 error exclusive-properties [\"uri\"] 'data' and 'uri' cannot both be given: choose one way to supply the component document: inline YAML in 'data' or an S3 URL in 'uri'."],
  },
  {
    name: 'clientToken is never reported missing; a bad semantic version is',
    text: '{"name": "my-component", "semanticVersion": "1.0", "platform": "Linux", "uri": "s3://my-bucket/c.yaml"}',
    expect: ["1:45 error invalid-format [\"1.0\"] '1.0' is not a semantic version <major>.<minor>.<patch>, e.g. 1.0.0."],
  },
  {
    name: 'unknown key with did-you-mean, duplicate key, wrong type',
    text: '{"name": "build-infra", "instanceProfileName": "p", "instanceType": ["m5.large"],\n "name": "again", "terminateInstanceOnFailure": "false"}',
    expect: [
      "1:53 error unknown-property [\"instanceType\"] Property 'instanceType' is not allowed in CreateInfrastructureConfigurationRequest. Did you mean 'instanceTypes'?",
      "2:2 error duplicate-key [\"name\"] Duplicate key 'name': only one of the values would be used.",
      '2:49 error invalid-type ["false"] Expected true or false but found a string.',
    ],
  },
  {
    name: 'hop limit out of range',
    text: '{"name": "build-infra", "instanceProfileName": "p", "instanceMetadataOptions": {"httpTokens": "required", "httpPutResponseHopLimit": 65}}',
    expect: ['1:134 error out-of-range [65] 65 is above the maximum of 64 (allowed: 1–64).'],
  },
  {
    name: 'EBS: throughput off gp3, iops on gp2, io2 without iops',
    text: [
      '{"name": "my-recipe", "semanticVersion": "1.0.0", "parentImage": "ami-0123456789abcdef0",',
      ' "components": [{"componentArn": "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x"}],',
      ' "blockDeviceMappings": [',
      '  {"deviceName": "/dev/xvda", "ebs": {"volumeType": "gp2", "throughput": 250, "iops": 3000}},',
      '  {"deviceName": "/dev/xvdb", "ebs": {"volumeType": "io2", "volumeSize": 100}}]}',
    ].join('\n'),
    expect: [
      "4:60 error ebs-throughput-needs-gp3 [\"throughput\"] 'throughput' applies only to gp3 volumes; this volume is 'gp2'.",
      "4:79 error ebs-iops-mismatch [\"iops\"] 'gp2' volumes do not take 'iops'; only io1, io2 and gp3 do.",
      "5:39 error ebs-iops-mismatch [\"volumeType\"] 'io2' volumes need 'iops' (100–64000).",
    ],
  },
  {
    name: 'more than 20 components',
    text: `{"name": "my-recipe", "semanticVersion": "1.0.0", "parentImage": "ami-1", "components": [${Array.from({ length: 21 }, () => '{"componentArn": "arn:aws:imagebuilder:us-east-1:aws:component/a/1.0.0"}').join(', ')}]}`,
    expect: ['1:1570 error out-of-range [{"componentArn": "arn:aws:imagebuilder:us-east-1:aws:component/a/1.0.0"}] At most 20 items allowed; found 21.'],
  },
  {
    name: 'a YAML number where a string belongs',
    file: 'vm.yaml',
    text: 'name: imported-vm\nsemanticVersion: 1.0.0\nplatform: Linux\nvmImportTaskId: import-ami-0123\nosVersion: 2023\n',
    expect: ['5:12 error invalid-type [2023] Expected a string but YAML reads 2023 as a number: quote it ("2023").'],
  },
  {
    name: 'syntax errors are reported with the kind still detected',
    text: '{"name": "build-infra", "instanceProfileName": "p",}',
    expect: ['1:52 error syntax [}] Property name expected'],
  },
  {
    name: 'a $schema in a request is reported: the AWS CLI rejects it',
    text: '{"$schema": "https://example.com/infra.json", "name": "build-infra", "instanceProfileName": "p"}',
    expect: ['1:2 warning schema-key-rejected ["$schema"] The AWS CLI rejects \'$schema\' (aws imagebuilder create-infrastructure-configuration --cli-input-json: Unknown parameter in input: "$schema"): remove it. The kind is known without it, from the content; to set it, name a new file by a convention (**/*infrastructure-configuration*.{json,yml,yaml}) or use the imagebuilder.fileKinds setting.'],
  },
  {
    name: 'a saved get-infrastructure-configuration response is type-checked and placement-checked',
    text: '{"requestId": "r-1", "infrastructureConfiguration": {"arn": "arn:aws:imagebuilder:us-east-1:123456789012:infrastructure-configuration/x", "name": "x", "placement": {"tenancy": "default", "hostId": "h-1"}}}',
    expect: ["1:188 error placement-target-needs-host [\"hostId\"] 'hostId' applies only when 'tenancy' is 'host', but 'tenancy' is 'default'."],
  },
  {
    name: 'a current image recipe (CloudFormation specification): no components, amiWatermarks, a gp3a volume with throughput',
    text: '{"name": "my-recipe", "semanticVersion": "1.0.0", "parentImage": "ami-1", "amiWatermarks": ["lineage-a"], "blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"volumeType": "gp3a", "throughput": 250}}]}',
    expect: [],
  },
  {
    name: 'amiWatermarks is known to the recipe schema and type-checked',
    text: '{"name": "my-recipe", "semanticVersion": "1.0.0", "parentImage": "ami-1", "amiWatermarks": "lineage-a"}',
    expect: ['1:92 error invalid-type ["lineage-a"] Expected a list but found a string.'],
  },
  {
    name: 'a current container recipe needs no components',
    text: '{"containerType": "DOCKER", "name": "my-container", "semanticVersion": "1.0.0", "parentImage": "amazonlinux:latest", "targetRepository": {"service": "ECR", "repositoryName": "repo"}, "dockerfileTemplateData": "FROM {{{ imagebuilder:parentImage }}}"}',
    expect: [],
  },
  { name: 'unrelated JSON gets nothing', file: 'package.json', text: '{"name": "x", "platform": "MacOS",}', expect: [] },
];
