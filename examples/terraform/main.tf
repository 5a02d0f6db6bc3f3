# An nginx image built on a Dedicated Host. The infrastructure names two placement targets.

variable "host_id" {
  type    = string
  default = "h-0123456789abcdef0"
}

resource "aws_imagebuilder_component" "nginx" {
  name     = "install-nginx"
  platform = "Linux"
  version  = "1.0.0"
  data     = <<-EOT
    name: install-nginx
    schemaVersion: 1.0
    parameters:
      - Port:
          type: string
          default: '80'
    phases:
      - name: build
        steps:
          - name: InstallNginx
            action: ExecuteBash
            inputs:
              commands:
                - sudo yum install -y nginx
                - echo "listen {{ Port }} in ${var.host_id}"
  EOT
}

resource "aws_imagebuilder_image_recipe" "nginx" {
  name         = "nginx"
  version      = "1.0.0"
  parent_image = "arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x"

  component {
    component_arn = aws_imagebuilder_component.nginx.arn
  }
}

resource "aws_imagebuilder_infrastructure_configuration" "host" {
  name                  = "nginx-on-host"
  instance_profile_name = "EC2InstanceProfileForImageBuilder"

  placement {
    tenancy                 = "host"
    host_id                 = "h-0123456789abcdef0"
    host_resource_group_arn = "arn:aws:resource-groups:us-east-1:123456789012:group/mac-hosts"
  }
}
