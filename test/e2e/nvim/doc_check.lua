-- Runs after the init.lua copied from docs/editors.md (nvim -u <that file>): opens files the way a person
-- would (:edit, so the documented FileType autocommand starts the server) and records what Neovim got.
-- Spec (IB_DOC_SPEC): { files = {{path, codes}}, completion = {path, text, line, character}, timeout }.
local spec = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.IB_DOC_SPEC), '\n'))
local out = { clients = {}, diagnostics = {}, completion = {}, errors = {} }
local timeout = spec.timeout or 20000
local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.IB_DOC_OUT)
  pcall(vim.lsp.stop_client, vim.lsp.get_active_clients(), true)
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end
local ok, err = pcall(function()
  local bufs = {}
  for _, f in ipairs(spec.files) do
    vim.cmd('edit ' .. vim.fn.fnameescape(f.path))
    local b = vim.api.nvim_get_current_buf()
    bufs[f.path] = b
    if not vim.wait(timeout, function() return next(vim.lsp.buf_get_clients(b)) ~= nil end, 50) then
      table.insert(out.errors, 'no client attached to ' .. f.path)
    end
    for _, c in pairs(vim.lsp.buf_get_clients(b)) do out.clients[c.name] = true end
    if #f.codes > 0 then
      local got = vim.wait(timeout, function()
        for _, code in ipairs(f.codes) do
          local found = false
          for _, d in ipairs(vim.diagnostic.get(b)) do if d.code == code then found = true end end
          if not found then return false end
        end
        return true
      end, 50)
      if not got then table.insert(out.errors, 'timed out waiting for ' .. table.concat(f.codes, ',') .. ' in ' .. f.path) end
    end
  end
  for path, b in pairs(bufs) do
    local codes = {}
    for _, d in ipairs(vim.diagnostic.get(b)) do table.insert(codes, d.code) end
    out.diagnostics[path] = codes
  end
  local c = spec.completion
  vim.cmd('edit ' .. vim.fn.fnameescape(c.path))
  local b = vim.api.nvim_get_current_buf()
  vim.wait(timeout, function() return next(vim.lsp.buf_get_clients(b)) ~= nil end, 50)
  vim.api.nvim_buf_set_lines(b, 0, -1, false, vim.split(c.text, '\n', { plain = true }))
  local responses = vim.lsp.buf_request_sync(b, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(b) }, position = { line = c.line, character = c.character } }, timeout) or {}
  for _, r in pairs(responses) do
    for _, it in ipairs(r.result and (r.result.items or r.result) or {}) do table.insert(out.completion, it.label) end
  end
  local names = {}
  for name in pairs(out.clients) do table.insert(names, name) end
  out.clients = names
  finish(0)
end)
if not ok then table.insert(out.errors, tostring(err)); finish(3) end
