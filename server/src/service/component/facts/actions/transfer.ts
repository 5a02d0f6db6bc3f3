/** Action modules: file download and upload; the sources of the facts are named in ../actions.ts. */
import { ActionFact, ALL_PLATFORMS } from '../types';

export const TRANSFER_ACTIONS: readonly ActionFact[] = [
  {
    name: 'S3Download',
    category: 'download-upload',
    summary: 'Downloads one S3 object, or every object under a key prefix, to the instance.',
    description:
      'Each list item copies `source` from Amazon S3 to the local `destination`. A source ending in ' +
      '`/*` downloads everything under that prefix (up to 1000 objects) into a folder. The parent ' +
      'folders of the destination must already exist, and a partial prefix download is not rolled back. ' +
      'The instance profile needs `s3:GetObject` (and `s3:ListBucket` for prefixes).',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      {
        name: 'source',
        type: 'string',
        required: true,
        description: 'S3 URI of one object (`s3://bucket/key`) or of a key prefix ending in `/*`.',
        acceptsExpressions: true,
      },
      {
        name: 'destination',
        type: 'string',
        required: true,
        description:
          'Local path to write to. For a single object give the full file name; for a prefix give a ' +
          'folder. Its parent folders must exist.',
        acceptsExpressions: true,
      },
      {
        name: 'expectedBucketOwner',
        type: 'string',
        required: false,
        description: 'Account ID that must own the source bucket; the download fails otherwise. Recommended.',
      },
      {
        name: 'overwrite',
        type: 'boolean',
        required: false,
        default: true,
        description: 'Replace existing local files. With `false` an existing file makes the step fail.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-s3download',
  },
  {
    name: 'S3Upload',
    category: 'download-upload',
    summary: 'Uploads a local file, or files matching a wildcard, to Amazon S3.',
    description:
      'Each list item copies the local `source` to the S3 `destination`. A `*` wildcard in the source ' +
      'uploads every matching file under the destination key prefix; with `recurse: true` whole folders ' +
      'are uploaded. Files already uploaded stay in S3 if a later one fails. The instance profile needs ' +
      '`s3:PutObject` on the target.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      {
        name: 'source',
        type: 'string',
        required: true,
        description: 'Local file or folder to upload; a `*` wildcard is allowed.',
        acceptsExpressions: true,
      },
      {
        name: 'destination',
        type: 'string',
        required: true,
        description: 'S3 URI of the target object, or of a key prefix ending in `/` for several files.',
        acceptsExpressions: true,
      },
      {
        name: 'recurse',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Also upload the contents of sub-folders.',
        notes:
          'The reference table lists the type as String while its examples write `recurse: true`; we ' +
          'treat it as a boolean (YAML `true`/`false`).',
      },
      {
        name: 'expectedBucketOwner',
        type: 'string',
        required: false,
        description: 'Account ID that must own the destination bucket; the upload fails otherwise. Recommended.',
      },
    ],
    outputs: [],
    docAnchor: 'action-modules-s3upload',
  },
  {
    name: 'WebDownload',
    category: 'download-upload',
    summary: 'Downloads files over HTTP or HTTPS, with optional checksum verification.',
    description:
      'Each list item fetches the URL in `source` into the local `destination`, following redirects. ' +
      'Any final status other than 200 is an error. Each download is retried with backoff up to five ' +
      'times on its own, independently of the step `maxAttempts`. Giving both `checksum` and ' +
      '`algorithm` verifies the file after download.',
    platforms: ALL_PLATFORMS,
    inputsShape: 'list',
    inputsRequired: true,
    inputs: [
      {
        name: 'source',
        type: 'string',
        required: true,
        description: 'HTTP or HTTPS URL to download (HTTPS recommended).',
        acceptsExpressions: true,
      },
      {
        name: 'destination',
        type: 'string',
        required: true,
        description:
          'Local file path, or a folder path ending in `/` to keep the remote file name. Missing folders ' +
          'are created.',
        acceptsExpressions: true,
      },
      {
        name: 'overwrite',
        type: 'boolean',
        required: false,
        default: true,
        description:
          'Replace an existing local file. With a checksum, an existing file whose hash already matches ' +
          'is kept and not downloaded again. With `false` an existing file makes the step fail.',
      },
      {
        name: 'checksum',
        type: 'string',
        required: false,
        description: 'Expected hash of the downloaded file, computed with `algorithm`. Needs `algorithm`.',
        acceptsExpressions: true,
      },
      {
        name: 'algorithm',
        type: 'string',
        required: false,
        enum: ['MD5', 'SHA1', 'SHA256', 'SHA512'],
        enumDescriptions: ['MD5 digest.', 'SHA-1 digest.', 'SHA-256 digest.', 'SHA-512 digest.'],
        description: 'Hash algorithm of `checksum`. Needs `checksum`.',
        acceptsExpressions: true,
      },
      {
        name: 'ignoreCertificateErrors',
        type: 'boolean',
        required: false,
        default: false,
        description: 'Skip TLS certificate validation. Avoid outside of testing.',
      },
    ],
    outputs: [
      {
        name: 'destination',
        type: 'string',
        description: 'Local paths of the downloaded files, one per line, in input order.',
      },
    ],
    docAnchor: 'action-modules-webdownload',
  },

];
