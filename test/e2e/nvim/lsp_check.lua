-- Headless Neovim (0.7+) as a plain LSP client of the standalone server over stdio.
-- Reads a JSON spec (IB_NVIM_SPEC), writes what Neovim got as JSON (IB_NVIM_OUT). Driven by test/e2e/lib/neovim.ts.
--   nvim --headless --clean -u NONE -c 'luafile lsp_check.lua'
local spec = vim.fn.json_decode(table.concat(vim.fn.readfile(vim.env.IB_NVIM_SPEC), '\n'))
local out = { diagnostics = {}, completions = {}, hover = vim.NIL, code_actions = {}, kinds = {}, errors = {} }
local timeout = spec.timeout or 20000

local function finish(code)
  vim.fn.writefile({ vim.fn.json_encode(out) }, vim.env.IB_NVIM_OUT)
  pcall(vim.lsp.stop_client, vim.lsp.get_active_clients(), true)
  vim.cmd(code == 0 and 'qall!' or ('cquit ' .. code))
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'imagebuilder',
    cmd = spec.cmd,
    root_dir = spec.root,
    init_options = spec.init_options,
    on_exit = function(code, signal) out.server_exit = { code = code, signal = signal } end,
  })
  assert(client_id, 'start_client failed')
  local bufs = {}
  local function open(rel, filetype)
    if bufs[rel] then return bufs[rel] end
    vim.cmd('edit ' .. vim.fn.fnameescape(spec.root .. '/' .. rel))
    local b = vim.api.nvim_get_current_buf()
    vim.bo[b].filetype = filetype
    vim.lsp.buf_attach_client(b, client_id)
    bufs[rel] = b
    return b
  end
  local function diags(b)
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(b)) do
      table.insert(list, { code = d.code, line = d.lnum, severity = d.severity, source = d.source, message = d.message })
    end
    return list
  end
  local function has_codes(b, codes)
    for _, c in ipairs(codes) do
      local found = false
      for _, d in ipairs(vim.diagnostic.get(b)) do if d.code == c then found = true end end
      if not found then return false end
    end
    return true
  end
  local function request(b, method, params)
    local responses, e = vim.lsp.buf_request_sync(b, method, params, timeout)
    if not responses then table.insert(out.errors, method .. ': ' .. tostring(e)); return nil end
    for _, r in pairs(responses) do
      if r.err then table.insert(out.errors, method .. ': ' .. vim.inspect(r.err)) end
      return r.result
    end
  end

  -- 1. Diagnostics, in the order given (a silent file is followed by a file that does get diagnostics).
  for _, f in ipairs(spec.files) do
    local b = open(f.path, f.filetype)
    if #f.codes > 0 then
      local got = vim.wait(timeout, function() return has_codes(b, f.codes) end, 50)
      if not got then table.insert(out.errors, 'timed out waiting for ' .. table.concat(f.codes, ',') .. ' in ' .. f.path) end
    end
  end
  for _, f in ipairs(spec.files) do
    out.diagnostics[f.id] = diags(bufs[f.path])
    local kind = request(bufs[f.path], 'imagebuilder/documentKind', { uri = vim.uri_from_bufnr(bufs[f.path]) })
    out.kinds[f.id] = kind and kind.kind or vim.NIL
  end

  -- 2. Completion right after `key: ` with the value deleted (the buffer text is put back afterwards).
  for _, c in ipairs(spec.completions) do
    local b = open(c.path, c.filetype)
    local saved = vim.api.nvim_buf_get_lines(b, 0, -1, false)
    vim.api.nvim_buf_set_lines(b, 0, -1, false, vim.split(c.text, '\n', { plain = true }))
    local result = request(b, 'textDocument/completion', {
      textDocument = { uri = vim.uri_from_bufnr(b) }, position = { line = c.line, character = c.character } })
    local labels = {}
    for _, it in ipairs(result and (result.items or result) or {}) do table.insert(labels, it.label) end
    out.completions[c.name] = labels
    vim.api.nvim_buf_set_lines(b, 0, -1, false, saved)
  end

  -- 3. Hover, and the code actions offered for the first diagnostic with the quick-fix code.
  local hb = open(spec.hover.path, spec.hover.filetype)
  local h = request(hb, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(hb) },
    position = { line = spec.hover.line, character = spec.hover.character } })
  if h and h.contents then
    local c = h.contents
    out.hover = type(c) == 'string' and c or (c.value or vim.fn.json_encode(c))
  end
  local qb = open(spec.quick_fix.path, spec.quick_fix.filetype)
  for _, d in ipairs(vim.diagnostic.get(qb)) do
    if d.code == spec.quick_fix.code then
      -- the diagnostic as the server sent it (with its `data`), rebuilt as Neovim's own code_action() does
      local lsp_diag = vim.tbl_extend('keep', {
        range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
        severity = d.severity, message = d.message, source = d.source, code = d.code,
      }, d.user_data and d.user_data.lsp or {})
      local actions = request(qb, 'textDocument/codeAction', { textDocument = { uri = vim.uri_from_bufnr(qb) },
        range = lsp_diag.range, context = { diagnostics = { lsp_diag }, only = { 'quickfix' } } })
      for _, a in ipairs(actions or {}) do table.insert(out.code_actions, a.title) end
      break
    end
  end
  finish(0)
end)
if not ok then
  table.insert(out.errors, tostring(err))
  finish(3)
end
