/**
 * The reviewed differences between Terraform's names and CloudFormation's, for the generator. Every name
 * not matched by the rule (snake_case → PascalCase, or its plural) is either here with its CloudFormation
 * name, or in `NOT_IN_CLOUDFORMATION`; the generator fails on a name in neither, and on an entry here
 * that no longer matches anything.
 */

/** Terraform resource type → CloudFormation resource type. */
export const CFN_TYPES: Readonly<Record<string, string>> = {
  aws_imagebuilder_component: 'AWS::ImageBuilder::Component',
  aws_imagebuilder_container_recipe: 'AWS::ImageBuilder::ContainerRecipe',
  aws_imagebuilder_distribution_configuration: 'AWS::ImageBuilder::DistributionConfiguration',
  aws_imagebuilder_image: 'AWS::ImageBuilder::Image',
  aws_imagebuilder_image_pipeline: 'AWS::ImageBuilder::ImagePipeline',
  aws_imagebuilder_image_recipe: 'AWS::ImageBuilder::ImageRecipe',
  aws_imagebuilder_infrastructure_configuration: 'AWS::ImageBuilder::InfrastructureConfiguration',
  aws_imagebuilder_lifecycle_policy: 'AWS::ImageBuilder::LifecyclePolicy',
  aws_imagebuilder_workflow: 'AWS::ImageBuilder::Workflow',
};

/** `resource.path.to.name` → the CloudFormation property name in the matched shape. */
export const NAME_DIFFERENCES: Readonly<Record<string, string>> = {
  'aws_imagebuilder_distribution_configuration.distribution.ami_distribution_configuration.launch_permission': 'LaunchPermissionConfiguration',
  'aws_imagebuilder_distribution_configuration.distribution.launch_template_configuration.default': 'SetDefaultVersion',
  // Terraform lifts these two out of CloudFormation's AdditionalInstanceConfiguration.
  'aws_imagebuilder_image_recipe.systems_manager_agent': 'AdditionalInstanceConfiguration.SystemsManagerAgent',
  'aws_imagebuilder_image_recipe.user_data_base64': 'AdditionalInstanceConfiguration.UserDataOverride',
};

/** Names with no CloudFormation counterpart (Terraform-only or computed), reviewed. */
export const NOT_IN_CLOUDFORMATION: ReadonlySet<string> = new Set<string>([
  // Terraform-only: keep the old version when the resource is destroyed.
  'aws_imagebuilder_component.skip_destroy',
  // In the provider (CreateDistributionConfiguration's s3ExportConfiguration), not yet in this CloudFormation specification.
  'aws_imagebuilder_distribution_configuration.distribution.s3_export_configuration',
]);
