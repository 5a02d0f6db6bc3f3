# A recipe passing parameters to components of the same file: a heredoc's and a yamlencode document's.
variable "greeting" {
  type    = string
  default = "hello"
}

resource "aws_imagebuilder_component" "greet" {
  name     = "greet"
  platform = "Linux"
  version  = "1.0.0"
  data     = <<-EOT
    schemaVersion: 1.0
    parameters:
      - Greeting:
          type: string
          description: What to say.
      - Target:
          type: string
          default: world
    phases:
      - name: build
        steps:
          - name: Say
            action: ExecuteBash
            inputs:
              commands:
                - echo "{{ Greeting }}, {{ Target }}"
  EOT
}

resource "aws_imagebuilder_component" "encoded" {
  name     = "encoded"
  platform = "Linux"
  version  = "1.0.0"
  data = yamlencode({
    schemaVersion = 1.0
    parameters    = [{ Mode = { type = "string", default = "fast" } }]
    phases = [{
      name  = "build"
      steps = [{ name = "Run", action = "ExecuteBash", inputs = { commands = ["echo {{ Mode }}"] } }]
    }]
  })
}

resource "aws_imagebuilder_image_recipe" "recipe" {
  name         = "greeting-recipe"
  parent_image = "arn:aws:imagebuilder:us-east-1:aws:image/amazon-linux-2023-x86/x.x.x"
  version      = "1.0.0"

  component {
    component_arn = aws_imagebuilder_component.greet.arn
    parameter {
      name  = "Greeting"
      value = var.greeting
    }
  }

  component {
    component_arn = aws_imagebuilder_component.encoded.arn
    parameter {
      name  = "Mode"
      value = "slow"
    }
  }
}
