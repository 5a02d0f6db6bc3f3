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
-- 3. Completions accepted as a person does, through the omnifunc the documented set-up sets: i<C-x><C-o>,
-- <C-n> down to the item, <C-y>, <Esc>; then the buffer's text is recorded. Keys are typed after this
-- script returns (Neovim reads typeahead only in its main loop), so each step waits on a timer.
out.accepted = {}
local function poll(cond, done)
  local started = vim.loop.now()
  local timer = vim.loop.new_timer()
  timer:start(20, 20, vim.schedule_wrap(function()
    local ready = cond()
    if ready or vim.loop.now() - started > timeout then
      timer:stop(); timer:close(); done(ready)
    end
  end))
end
local function accept(cases, i)
  local c = cases[i]
  if not c then finish(0); return end
  local result = { name = c.name }
  out.accepted[i] = result
  local fail
  fail = function(why) result.error = why; vim.api.nvim_input('<Esc>'); poll(function() return vim.fn.mode() == 'n' end, function() accept(cases, i + 1) end) end
  vim.cmd('edit! ' .. vim.fn.fnameescape(c.path))
  local b = vim.api.nvim_get_current_buf()
  poll(function() return next(vim.lsp.buf_get_clients(b)) ~= nil end, function(attached)
    if not attached then return fail('no client attached') end
    result.omnifunc = vim.bo[b].omnifunc
    vim.api.nvim_buf_set_lines(b, 0, -1, false, vim.split(c.text, '\n', { plain = true }))
    if c.character > 0 then
      vim.api.nvim_win_set_cursor(0, { c.line + 1, c.character - 1 })
      vim.api.nvim_input('a<C-x><C-o>')
    else
      vim.api.nvim_win_set_cursor(0, { c.line + 1, 0 })
      vim.api.nvim_input('i<C-x><C-o>')
    end
    poll(function() return #vim.fn.complete_info({ 'items' }).items > 0 end, function(shown)
      if not shown then return fail('no completion items') end
      local info = vim.fn.complete_info({ 'items', 'selected' })
      local index
      result.offered = {}
      for k, it in ipairs(info.items) do
        table.insert(result.offered, it.abbr)
        if it.abbr == c.label then index = index or k end
      end
      if not index then return fail(c.label .. ' not offered') end
      -- One match is inserted at once, with no menu to confirm (<C-y> would then copy the character above).
      local keys = #info.items == 1 and '<Esc>' or (string.rep('<C-n>', index - 1 - math.max(info.selected, 0)) .. '<C-y><Esc>')
      vim.api.nvim_input(keys)
      poll(function() return vim.fn.mode() == 'n' end, function()
        result.text = table.concat(vim.api.nvim_buf_get_lines(b, 0, -1, false), '\n')
        vim.cmd('silent! edit!')
        accept(cases, i + 1)
      end)
    end)
  end)
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
  out.client_count = #vim.lsp.get_active_clients()
  accept(spec.accept or {}, 1)
end)
if not ok then table.insert(out.errors, tostring(err)); finish(3) end
