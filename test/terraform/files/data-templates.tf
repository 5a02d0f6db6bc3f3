variable "who" {
  type = string
}

resource "aws_imagebuilder_component" "templated" {
  name     = "templated"
  platform = "Linux"
  version  = "1.0.0"
  data     = <<-EOT
    name: ${var.name}-document
    %{ if var.description != null ~}
    description: ${var.description}
    %{ endif ~}
    schemaVersion: 1.0
    phases:
      - name: build
        steps:
          - name: Hello
            action: ExecuteBash
            timeoutSeconds: ${var.timeout}
            inputs:
              commands:
                - echo "hello ${var.who}"
                - echo "literal $${HOME} and %%{ x }"
          - name: Custom
            action: ${var.action}
            inputs:
              commands:
                ${indent(16, yamlencode(var.commands))}
          - name: Quoted
            action: "${var.other_action}"
          - name: Report
            action: ExecuteBash
            inputs:
              commands:
                - echo "{{ build.Hello.outputs.stdout }}"
  EOT
}

resource "aws_imagebuilder_component" "quoted" {
  name     = "quoted"
  platform = "Windows"
  version  = "1.0.0"
  data     = "name: quoted\nschemaVersion: 1.0\nphases:\n  - name: build\n    steps:\n      - name: Say\n        action: ExecutePowerShell\n        inputs:\n          commands: [\"Write-Host \\\"${var.greeting}\\\"\"]\n"
}
