resource "aws_imagebuilder_component" "hello" {
  name     = "hello-world"
  platform = "Linux"
  version  = "1.0.0"
  data     = <<-EOT
    name: HelloWorld
    schemaVersion: 1.0
    phases:
      - name: build
        steps:
          - name: Hello
            action: ExecuteBash
            inputs:
              commands:
                - echo "hello ${var.who}"
                - echo "literal $${HOME}"
  EOT
}

resource "aws_imagebuilder_component" "flush" {
  name     = "flush"
  platform = "Windows"
  version  = "1.0.0"
  data     = <<EOT
name: Flush
schemaVersion: 1.0
phases:
  - name: build
    steps:
      - name: Hi
        action: ExecutePowerShell
        inputs:
          commands:
            - Write-Host "hi"
EOT
}
