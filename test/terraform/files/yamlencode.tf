resource "aws_imagebuilder_component" "encoded" {
  name     = "encoded"
  platform = "Linux"
  version  = "1.0.0"
  data = yamlencode({
    name          = "encoded"
    schemaVersion = 1.0
    phases = [{
      name = "build"
      steps = [
        {
          name      = "Hello"
          action    = "ExecuteBash"
          onFailure = "Abort"
          inputs = {
            commands = [
              "echo hello ${var.who}",
              <<-EOT
                echo "a heredoc in a list"
              EOT
            ]
          }
        },
        {
          name   = "FromVariables"
          action = var.action
          inputs = var.inputs
        },
        {
          "name"   = "Quoted"
          "action" = "ExecuteBash"
          inputs = {
            commands = [for c in var.commands : "echo ${c}"]
          }
        },
        {
          name           = "Report"
          action         = "ExecuteBash"
          timeoutSeconds = 60
          inputs = {
            commands = ["echo '{{ build.Hello.outputs.stdout }}'"]
          }
        }
      ]
    }]
  })
}
