-- Neovim 0.11+ (nvim-lspconfig style): copy to ~/.config/nvim/lsp/imagebuilder.lua (any `lsp/` folder on
-- 'runtimepath'), then `vim.lsp.enable('imagebuilder')` in init.lua. `vim.lsp.config('imagebuilder', {...})`
-- merges your own settings over these. The server decides per document whether it is an Image Builder file
-- and sends nothing for the others, so it can be attached to every YAML, JSON and Terraform buffer, next to
-- yaml-language-server, jsonls and terraformls.
---@type vim.lsp.Config
return {
  cmd = { 'imagebuilder-language-server', '--stdio' },
  filetypes = { 'yaml', 'json', 'jsonc', 'terraform', 'hcl' },
  root_markers = { '.git' },
  settings = {
    imagebuilder = {
      component = { platform = 'auto' },
      diagnostics = { severity = {} },
    },
  },
}
