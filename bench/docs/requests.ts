import { BenchDocument, offsetOf } from './types';

/**
 * Deterministic request files (the JSON given to `--cli-input-json`): an infrastructure configuration
 * with `size` tags, and an image recipe with `size` block device mappings. Pretty-printed with two
 * spaces, as people keep them.
 */
export function infrastructureDocument(size: number): BenchDocument {
  const width = String(size).length;
  const tags: Record<string, string> = {};
  for (let i = 1; i <= size; i++) tags[`tag-${String(i).padStart(width, '0')}`] = `value-${String(i).padStart(width, '0')}`;
  const body = {
    name: `bench-infrastructure-${size}`,
    description: `Generated benchmark infrastructure configuration with ${size} tags.`,
    instanceTypes: ['m5.large', 'm5.xlarge'],
    instanceProfileName: 'BenchInstanceProfile',
    securityGroupIds: ['sg-0123456789abcdef0'],
    subnetId: 'subnet-0123456789abcdef0',
    logging: { s3Logs: { s3BucketName: 'bench-logs', s3KeyPrefix: 'infrastructure' } },
    keyPair: 'bench-key',
    terminateInstanceOnFailure: true,
    snsTopicArn: 'arn:aws:sns:us-east-1:123456789012:bench-topic',
    tags,
    instanceMetadataOptions: { httpTokens: 'required', httpPutResponseHopLimit: 2 },
    placement: { availabilityZone: 'us-east-1a', tenancy: 'default' },
    resourceTags: { team: 'bench', purpose: 'benchmark' },
  };
  const text = `${JSON.stringify(body, null, 2)}\n`;
  const middleTag = `"tag-${String(Math.ceil(size / 2)).padStart(width, '0')}"`;
  const tagKey = offsetOf(text, middleTag);
  const tenancy = offsetOf(text, '"tenancy": "default"', 0, '"tenancy": "'.length);
  const httpTokens = offsetOf(text, '"httpTokens"');
  const bursts = [0.25, 0.5, 0.75, 0.1, 0.9, 0.4, 0.6, 0.3, 0.7, 0.2]
    .map((f) => `"value-${String(Math.max(1, Math.floor(size * f))).padStart(width, '0')}"`)
    .filter((needle, i, all) => all.indexOf(needle) === i)
    .map((needle) => offsetOf(text, needle, 0, needle.length - 1))
    .sort((a, b) => b - a);
  return {
    family: 'infrastructure', size, fileName: `infrastructure-${size}.json`, languageId: 'json', text,
    completions: [
      { label: 'tenancy value', offset: tenancy + 'default'.length },
      { label: 'key in an object', offset: httpTokens + '"httpTokens'.length },
      { label: 'key in the big map', offset: tagKey + middleTag.length - 1 },
      { label: 'top-level key', offset: offsetOf(text, '"keyPair"', 0, '"keyPair'.length) },
    ],
    hovers: [
      { label: 'tenancy value', offset: tenancy + 2 },
      { label: 'key in an object', offset: httpTokens + 3 },
      { label: 'key in the big map', offset: tagKey + 3 },
      { label: 'top-level key', offset: offsetOf(text, '"keyPair"', 0, 3) },
    ],
    keystroke: { label: 'tenancy value, just typed', offset: tenancy + 'default'.length },
    bursts,
  };
}

export function recipeDocument(size: number): BenchDocument {
  const volumeTypes = ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'];
  const mappings = [];
  for (let i = 0; i < size; i++) {
    const volumeType = volumeTypes[i % volumeTypes.length];
    const iops = volumeType.startsWith('io') || volumeType === 'gp3' ? { iops: 3000 + (i % 10) * 100 } : {};
    mappings.push({
      deviceName: `/dev/xvd${letters(i)}`,
      ebs: { encrypted: i % 2 === 0, deleteOnTermination: true, volumeSize: 8 + (i % 100), volumeType, ...iops },
    });
  }
  const body = {
    name: `bench-recipe-${size}`,
    description: `Generated benchmark image recipe with ${size} block device mappings.`,
    semanticVersion: '1.0.0',
    parentImage: 'arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x',
    components: [
      { componentArn: 'arn:aws:imagebuilder:us-east-1:aws:component/update-linux/x.x.x' },
      {
        componentArn: 'arn:aws:imagebuilder:us-east-1:123456789012:component/bench/1.0.0/1',
        parameters: [{ name: 'Version', value: ['1.2.3'] }],
      },
    ],
    blockDeviceMappings: mappings,
    workingDirectory: '/tmp',
    tags: { team: 'bench', purpose: 'benchmark' },
  };
  const text = `${JSON.stringify(body, null, 2)}\n`;
  const middle = offsetOf(text, `"deviceName": "/dev/xvd${letters(Math.floor(size / 2))}"`);
  const middleGp3 = offsetOf(text, '"volumeType": "gp3"', middle, '"volumeType": "'.length);
  const volumeSize = offsetOf(text, '"volumeSize"', middle);
  const bursts = [0.25, 0.5, 0.75, 0.1, 0.9, 0.4, 0.6, 0.3, 0.7, 0.2]
    .map((f) => `"deviceName": "/dev/xvd${letters(Math.floor(size * f))}"`)
    .filter((needle, i, all) => all.indexOf(needle) === i)
    .map((needle) => offsetOf(text, needle, 0, needle.length - 1))
    .sort((a, b) => b - a);
  return {
    family: 'recipe', size, fileName: `recipe-${size}.json`, languageId: 'json', text,
    completions: [
      { label: 'volumeType value', offset: middleGp3 + 'gp3'.length },
      { label: 'key in a mapping', offset: volumeSize + '"volumeSize'.length },
      { label: 'top-level key', offset: offsetOf(text, '"workingDirectory"', 0, '"workingDirectory'.length) },
    ],
    hovers: [
      { label: 'volumeType value', offset: middleGp3 + 1 },
      { label: 'key in a mapping', offset: volumeSize + 3 },
      { label: 'top-level key', offset: offsetOf(text, '"workingDirectory"', 0, 3) },
    ],
    keystroke: { label: 'volumeType value, just typed', offset: middleGp3 + 'gp3'.length },
    bursts,
  };
}

/** 0 → `b`, 1 → `c`, …, then two letters: distinct, deterministic device-name suffixes. */
function letters(i: number): string {
  const alphabet = 'bcdefghijklmnopqrstuvwxyz';
  let s = '';
  let x = i;
  do {
    s = alphabet[x % alphabet.length] + s;
    x = Math.floor(x / alphabet.length);
  } while (x > 0);
  return s;
}
