import { ObjectNode } from '../ast/types';
import { PassedParameter } from '../component/componentParameters';
import { OffsetRange } from '../kindSupport';
import { ComponentArn } from './componentArn';
import { RecipePlatform } from './recipePlatform';

/**
 * One recipe of a file: a create-image-recipe or create-container-recipe request (one a file), or a
 * template's or Terraform file's recipe resource (any number a file). Read by the host's reader
 * (`requestRecipes.ts`, `templateRecipes.ts`, `terraformRecipes.ts`), in offsets of the file.
 */
export interface Recipe {
  readonly name?: string;
  /** The request kind id, or the resource type (`AWS::ImageBuilder::ImageRecipe`, `aws_imagebuilder_image_recipe`). */
  readonly kind: string;
  readonly range: OffsetRange;
  /** The platform it builds, where the file shows it. */
  readonly platform?: RecipePlatform;
  readonly uses: readonly ComponentUse[];
}

/** One component entry of a recipe, naming its component by ARN. */
export interface ComponentUse {
  /** The entry object (a request's `components[i]`, a template's `Components[i]`, a Terraform `component` block's body). */
  readonly entry: ObjectNode;
  /** Where the ARN is written: the whole value (a string, a `!Sub`, a `Fn::Join`, an HCL template). */
  readonly arnRange: OffsetRange;
  /** The ARN's text, with each part the host computes written as `*` (`arnPieces.ts`). */
  readonly arnText: string;
  /** Undefined when the value is not a component ARN (a request's name, or a typo in the prefix). */
  readonly arn: ComponentArn | undefined;
  /** The file offset of the component's name in the ARN, when it is written as it is. */
  readonly nameAt?: number;
  /** The literal names the entry passes. */
  readonly parameters: readonly PassedParameter[];
  /** False when the entry may pass names not in `parameters` (an intrinsic, a dynamic block, a computed name). */
  readonly passedKnown: boolean;
}
