// Every diagnostic the corpus templates (../shared/corpus/cloudformation) get, reviewed: file (its name
// after the repository owner) → `L<line> <code> [<text>]` with the reason it is right. Nothing else may
// appear: a new diagnostic on a real template fails corpus.test.ts until it is reviewed here.

export interface Reviewed {
  readonly diagnostic: string;
  readonly reason: string;
}

export const REVIEWED: Readonly<Record<string, readonly Reviewed[]>> = {
  'aws-cdk__packages__@aws-cdk__aws-imagebuilder-alpha__test__integ.all-parameters.container-recipe.js.snapshot__aws-cdk-imagebuilder-container-recipe-all-parameters.template.json': [
    {
      diagnostic: 'L72 ebs-iops-mismatch ["Iops"]',
      reason: 'True: a gp3 volume takes at least 3,000 IOPS (its baseline) and this one asks for 1000. The CDK integration snapshot fills every property with placeholders (SnapshotId snap-123) to test synthesis; EC2 would reject the volume as written.',
    },
  ],
  'aws-cdk__packages__@aws-cdk__aws-imagebuilder-alpha__test__integ.all-parameters.image-recipe.js.snapshot__aws-cdk-imagebuilder-image-recipe-all-parameters.template.json': [
    {
      diagnostic: 'L38 ebs-iops-mismatch ["Iops"]',
      reason: 'True, as in the container recipe of the same integration test: gp3 takes at least 3,000 IOPS, this asks for 1000 (placeholder values, SnapshotId snap-123).',
    },
  ],
};

/** Templates of the corpus with no `AWS::ImageBuilder::*` resource: a template, and it gets nothing. */
export const WITHOUT_IMAGE_BUILDER: readonly string[] = [
  'aws-samples__amazon-ec2-image-builder-samples__Components__Linux__ram-share-image-component-linux__share-images-ram.yml',
];
