# Infrastructure configurations with static placement blocks (the corpus has only a dynamic one).
resource "aws_imagebuilder_infrastructure_configuration" "mac" {
  name                  = "mac-build"
  instance_profile_name = aws_iam_instance_profile.builder.name
  instance_types        = ["mac2.metal"]

  placement {
    tenancy           = "host"
    host_id           = "h-0123456789abcdef0"
    availability_zone = "us-east-1a"
  }

  tags = {
    Name = "mac-build"
  }
}

resource "aws_imagebuilder_infrastructure_configuration" "dedicated" {
  name                  = "dedicated-${var.env}"
  instance_profile_name = "builder"
  placement {
    tenancy = "dedicated"
  }
}
