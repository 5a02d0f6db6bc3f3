import { toPlatform } from '../component/model/platform';

/** The platform a recipe builds, and what in the file shows it. */
export interface RecipePlatform {
  readonly platform: string;
  readonly why: string;
}

/**
 * The platform a recipe builds, where its file shows it: a container recipe's platform override
 * (`platformOverride`, `PlatformOverride`, `platform_override`, written as `label`), or a parent image
 * that is an AWS-managed Image Builder image whose name says its operating system. An AMI ID or a
 * container image name shows nothing.
 */
export function recipePlatform(override: string | undefined, label: string, parentImage: string | undefined): RecipePlatform | undefined {
  const platform = override !== undefined ? toPlatform(override) : undefined;
  if (platform) return { platform, why: `\`${label}\`` };
  return parentImage !== undefined ? parentImagePlatform(parentImage) : undefined;
}

/**
 * The platform of a parent image that is an AWS-managed Image Builder image whose name says it
 * (`windows-server-…`, `amazon-linux-…`, `ubuntu-…`, `red-hat-…`, `macos-…`); Terraform's `parent_image` too.
 */
export function parentImagePlatform(parentImage: string): RecipePlatform | undefined {
  const match = /^arn:[^:]*:imagebuilder:[^:]*:aws:image\/([^/]+)/.exec(parentImage);
  if (!match) return undefined;
  const image = match[1].toLowerCase();
  const why = `its parent image \`${match[1]}\``;
  if (image.startsWith('windows-')) return { platform: 'Windows', why };
  if (image.startsWith('macos-')) return { platform: 'macOS', why };
  if (/^(amazon-linux|ubuntu|red-hat|rhel|suse|centos|debian|rocky)/.test(image)) return { platform: 'Linux', why };
  return undefined;
}
