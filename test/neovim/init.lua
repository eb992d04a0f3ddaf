-- Minimal Neovim config for test/neovim/run.mjs: *.news.txt files get the filetype newsdump and
-- the News Lens server (node dist/server.js --stdio) attached; once attached, the buffer's
-- document symbols (and a hover) are requested synchronously and written as JSON to
-- $NEWS_LENS_NVIM_OUT, then Neovim quits.
-- Works with Neovim 0.7 (Debian bookworm: no vim.lsp.start, vim.fs) and newer (vim.lsp.start).
-- Env: NEWS_LENS_SERVER (path of dist/server.js), NEWS_LENS_NVIM_OUT (result file),
--      NEWS_LENS_NVIM_TIMEOUT_MS (default 30000), NEWS_LENS_HOVER "line:col" (0-based, optional).
local server = assert(os.getenv("NEWS_LENS_SERVER"), "NEWS_LENS_SERVER not set")
local out_file = assert(os.getenv("NEWS_LENS_NVIM_OUT"), "NEWS_LENS_NVIM_OUT not set")
local timeout = tonumber(os.getenv("NEWS_LENS_NVIM_TIMEOUT_MS") or "30000")
local result = { nvim = tostring(vim.version().major) .. "." .. tostring(vim.version().minor) .. "." .. tostring(vim.version().patch) }

local function finish()
  local f = io.open(out_file, "w")
  if f then
    f:write(vim.fn.json_encode(result))
    f:close()
  end
  vim.cmd("qall!")
end

vim.cmd([[autocmd BufRead,BufNewFile *.news.txt setfiletype newsdump]])

local function start(buf)
  local config = {
    name = "news-lens",
    cmd = { "node", server, "--stdio" },
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ":p:h"),
  }
  if vim.lsp.start then
    result.api = "vim.lsp.start"
    return vim.lsp.start(config, { bufnr = buf })
  end
  result.api = "vim.lsp.start_client"
  local id = vim.lsp.start_client(config)
  if id then vim.lsp.buf_attach_client(buf, id) end
  return id
end

vim.api.nvim_create_autocmd("FileType", {
  pattern = "newsdump",
  callback = function(ev)
    result.client_id = start(ev.buf)
  end,
})

local function attached_clients(buf)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf }) end
  return vim.lsp.buf_get_clients(buf)
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local ok, err = pcall(function()
      local buf = vim.api.nvim_get_current_buf()
      result.filetype = vim.bo[buf].filetype
      local ready = vim.wait(timeout, function()
        for _, c in pairs(attached_clients(buf)) do
          if c.name == "news-lens" and c.initialized ~= false and c.server_capabilities then return true end
        end
        return false
      end, 50)
      result.attached = ready
      if not ready then error("news-lens client did not attach within " .. timeout .. " ms") end
      local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
      local responses, rerr = vim.lsp.buf_request_sync(buf, "textDocument/documentSymbol", params, timeout)
      if not responses then error("documentSymbol: " .. tostring(rerr)) end
      result.symbols = {}
      for _, r in pairs(responses) do
        if r.err then error("documentSymbol error: " .. vim.inspect(r.err)) end
        for _, s in ipairs(r.result or {}) do table.insert(result.symbols, s.name) end
      end
      local hover_at = os.getenv("NEWS_LENS_HOVER")
      if hover_at and hover_at ~= "" then
        local line, col = hover_at:match("^(%d+):(%d+)$")
        local hp = { textDocument = params.textDocument, position = { line = tonumber(line), character = tonumber(col) } }
        local hr = vim.lsp.buf_request_sync(buf, "textDocument/hover", hp, timeout) or {}
        for _, r in pairs(hr) do
          if r.result and r.result.contents then
            local c = r.result.contents
            result.hover = type(c) == "table" and (c.value or vim.fn.json_encode(c)) or tostring(c)
          end
        end
      end
    end)
    if not ok then result.error = tostring(err) end
    finish()
  end,
})
