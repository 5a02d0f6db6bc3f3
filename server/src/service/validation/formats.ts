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

/**
 * Values filled in by templating tools (`${Var}`, `{{ x }}`, `<placeholder>`) are not checked for shape.
 * One linear scan; it answers as `/\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]+>/` would, but that expression
 * takes time quadratic in the value's length (`{{{{…` or `<<<<…`), and values are document text.
 */
export function isTemplated(value: string): boolean {
  let dollarBrace = false; // `${` seen: any later `}` closes it
  let doubleBrace = false; // `{{` seen since the last `}`: `}}` at that `}` closes it
  let angle = -1; // the first `<` since the last `>`
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 123 /* { */) {
      if (value.charCodeAt(i - 1) === 36 /* $ */) dollarBrace = true;
      if (value.charCodeAt(i + 1) === 123) doubleBrace = true;
    } else if (ch === 125 /* } */) {
      if (dollarBrace || (doubleBrace && value.charCodeAt(i + 1) === 125)) return true;
      doubleBrace = false;
    } else if (ch === 60 /* < */) {
      if (angle < 0) angle = i;
    } else if (ch === 62 /* > */) {
      if (angle >= 0 && angle < i - 1) return true;
      angle = -1;
    }
  }
  return false;
}
