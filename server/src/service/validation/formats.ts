/** The `format` values of the schema dialect: each a linear-time check and a message when it fails. */
export interface FormatCheck {
  readonly test: (value: string) => boolean;
  readonly expected: string;
}

/** The API's VersionNumber: digits only (leading zeros allowed, as in `2019.12.03`). */
const UINT = '[0-9]{1,10}';

export const FORMATS: Readonly<Record<string, FormatCheck>> = {
  'semantic-version': {
    test: (v) => new RegExp(`^${UINT}\\.${UINT}\\.${UINT}$`).test(v),
    expected: 'a semantic version <major>.<minor>.<patch>, e.g. 1.0.0',
  },
  'semantic-version-filter': {
    test: (v) => new RegExp(`^${UINT}\\.(${UINT}|x)\\.(${UINT}|x)$`).test(v),
    expected: 'a semantic version, with x allowed for minor and patch, e.g. 1.0.x',
  },
  's3-uri': {
    test: (v) => /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/\S*)?$/.test(v) || isTemplated(v),
    expected: 'an S3 URL of the form s3://bucket/key',
  },
  arn: {
    test: (v) => /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}|aws)?:\S+$/.test(v) || isTemplated(v),
    expected: 'an ARN (arn:partition:service:region:account:resource)',
  },
  'imagebuilder-arn': {
    test: (v) => /^arn:aws[a-z-]*:imagebuilder:[a-z0-9-]+:(\d{12}|aws|aws-marketplace):[a-z-]+\/\S+$/.test(v) || isTemplated(v),
    expected: 'an Image Builder ARN (arn:aws:imagebuilder:region:account:type/name/…)',
  },
  'date-time': {
    test: (v) => !Number.isNaN(Date.parse(v)),
    expected: 'a date and time',
  },
};

/** Values filled in by templating tools (`${Var}`, `{{ x }}`, `<placeholder>`) are not checked for shape. */
export function isTemplated(value: string): boolean {
  return /\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]+>/.test(value);
}
