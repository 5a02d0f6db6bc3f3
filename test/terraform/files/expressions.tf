locals {
  tags = { Team = "images" }
}

resource "aws_imagebuilder_image_recipe" "recipe" {
  name         = "recipe"
  parent_image = "arn:${data.aws_partition.current.partition}:imagebuilder:${var.region}:aws:image/amazon-linux-2-x86/x.x.x"
  version      = var.recipe_version
  description  = var.enabled ? "on" : "off"
  tags         = merge(local.tags, { Name = "recipe" })

  component {
    component_arn = aws_imagebuilder_component.hello.arn
    parameter {
      name  = "who"
      value = "world"
    }
  }

  dynamic "component" {
    for_each = var.extra
    content {
      component_arn = component.value
    }
  }

  block_device_mapping {
    device_name = "/dev/xvda"
    ebs {
      delete_on_termination = true
      volume_size           = 100
      volume_type           = "gp3"
      iops                  = 3000
    }
  }

  lifecycle {
    create_before_destroy = true
  }
}

data "aws_imagebuilder_component" "not_ours" {
  arn = "arn:aws:imagebuilder:us-east-1:aws:component/update-linux/1.0.0"
}
