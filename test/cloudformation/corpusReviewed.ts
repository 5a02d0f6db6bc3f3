// Every diagnostic the corpus templates (../shared/corpus/cloudformation) get, reviewed: file (its name
// after the repository owner) → `L<line> <code> [<text>]` with the reason it is right. Nothing else may
// appear: a new diagnostic on a real template fails corpus.test.ts until it is reviewed here.

export interface Reviewed {
  readonly diagnostic: string;
  readonly reason: string;
}

export const REVIEWED: Readonly<Record<string, readonly Reviewed[]>> = {};

/** Templates of the corpus with no `AWS::ImageBuilder::*` resource: a template, and it gets nothing. */
export const WITHOUT_IMAGE_BUILDER: readonly string[] = [
  'aws-samples__amazon-ec2-image-builder-samples__Components__Linux__ram-share-image-component-linux__share-images-ram.yml',
];
