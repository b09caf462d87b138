-- TelnetTui's script sandbox. This chunk runs once in every new Lua state, with the whole
-- standard library, before any user script. It keeps private references to what it needs,
-- builds the scripting API on the engine's raw functions, and leaves scripts only the names in
-- KEEP below: no io, os.execute, package, debug, dofile/loadfile or binary chunks.
--
-- Engine functions (the `host` table) never raise Lua errors themselves (a longjmp must not
-- cross a .NET frame); they return FAIL and a message instead, and the wrappers here raise the
-- error at the script's own file and line.
local host, FAIL, WAIT, HOOK_INTERVAL = ...

local G = _G
local type, select, tostring, error, rawget, next, pairs =
      type, select, tostring, error, rawget, next, pairs
local raw_setmetatable, raw_getmetatable = setmetatable, getmetatable
local raw_pcall, raw_xpcall, raw_load, raw_collectgarbage = pcall, xpcall, load, collectgarbage
local sethook, getinfo = debug.sethook, debug.getinfo
local co_create, co_resume, co_yield, co_close = coroutine.create, coroutine.resume, coroutine.yield, coroutine.close
local co_status, co_running, co_isyieldable = coroutine.status, coroutine.running, coroutine.isyieldable
local t_concat, t_unpack = table.concat, table.unpack
local tick, tripped = host.tick, host.tripped

-- Instruction budget: a count hook on every thread scripts run on. Once the engine says the
-- budget of the current callback is spent, every hook call raises again (sticky), so a script
-- cannot loop on by catching the error.
local function budget_hook()
  local message = tick()
  if message then
    -- Blame the script's line, not a sandbox wrapper it happened to be in (level 2 is the
    -- function that was running when the hook fired).
    local level = 2
    while true do
      local info = getinfo(level, "S")
      if info == nil then level = 2 break end
      if info.what ~= "C" and info.short_src ~= "[telnettui]" then break end
      level = level + 1
    end
    error(message, level)
  end
end

local function arm(thread)
  sethook(thread, budget_hook, "", HOOK_INTERVAL)
  return thread
end

-- Protected calls re-raise once the budget has tripped: `while true do pcall(f) end` stops too.
local function rethrow(ok, ...)
  if not ok and tripped() then error((...), 0) end
  return ok, ...
end

local function safe_pcall(f, ...) return rethrow(raw_pcall(f, ...)) end
local function safe_xpcall(f, handler, ...) return rethrow(raw_xpcall(f, handler, ...)) end

local function bad_argument(n, fname, expected, value)
  return "bad argument #" .. n .. " to '" .. fname .. "' (" .. expected .. " expected, got " .. type(value) .. ")"
end

-- Coroutines scripts create get the same hook, and their errors the same re-raise.
local coroutine_api = {
  yield = co_yield, status = co_status, running = co_running, isyieldable = co_isyieldable,
}
function coroutine_api.create(f)
  if type(f) ~= "function" then error(bad_argument(1, "create", "function", f), 2) end
  return arm(co_create(f))
end
function coroutine_api.resume(co, ...) return rethrow(co_resume(co, ...)) end
function coroutine_api.close(co) return rethrow(co_close(co)) end
local function finish_wrap(ok, ...)
  if ok then return ... end
  error((...), 0)
end
function coroutine_api.wrap(f)
  local co = coroutine_api.create(f)
  return function(...) return finish_wrap(co_resume(co, ...)) end
end

-- __gc finalizers run inside the collector, where no hook can stop them: refuse them.
local function safe_setmetatable(t, mt)
  if type(t) ~= "table" then error(bad_argument(1, "setmetatable", "table", t), 2) end
  if mt ~= nil and type(mt) ~= "table" then error(bad_argument(2, "setmetatable", "nil or table", mt), 2) end
  if mt ~= nil and rawget(mt, "__gc") ~= nil then
    error("__gc metamethods are not allowed in scripts", 2)
  end
  return raw_setmetatable(t, mt)
end

-- Text chunks only: a binary chunk can break the VM's invariants.
local function safe_load(chunk, name, mode, env)
  if type(chunk) ~= "string" then error(bad_argument(1, "load", "string", chunk), 2) end
  if env == nil then env = G end
  return raw_load(chunk, name, "t", env)
end

local COLLECT_OPTIONS = { collect = true, count = true, step = true, isrunning = true }
local function safe_collectgarbage(option, arg)
  option = option or "collect"
  if not COLLECT_OPTIONS[option] then
    error("collectgarbage: option '" .. tostring(option) .. "' is not allowed in scripts", 2)
  end
  return raw_collectgarbage(option, arg)
end

local function joined(...)
  local n = select("#", ...)
  if n == 1 then return tostring((...)) end
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  return t_concat(parts, "\t")
end

-- Wraps a raw engine function: FAIL, message becomes an error at the caller's line. `checked` is
-- tail-called, so it replaces the wrapper's frame and level 2 is the script that called.
local function checked(a, ...)
  if a == FAIL then error((...), 2) end
  return a, ...
end

local function api(f)
  return function(...) return checked(f(...)) end
end

-- Handles returned by trigger/alias/timer/prompt/gmcp.on/msdp.on.
local item = host.item
local Handle = {}
Handle.__index = Handle
Handle.__metatable = false
function Handle.__tostring(h) return h.kind .. " " .. h.id end
local function item_op(h, op)
  if type(h) ~= "table" then error("call handle methods with a colon: handle:" .. op .. "()", 3) end
  local r, m = item(h.kind, h.id, op)
  if r == FAIL then error(m, 3) end
  return r
end
function Handle.enable(h) local r = item_op(h, "enable") return r end
function Handle.disable(h) local r = item_op(h, "disable") return r end
function Handle.remove(h) local r = item_op(h, "remove") return r end
function Handle.hits(h) local r = item_op(h, "hits") return r end
function Handle.enabled(h) local r = item_op(h, "enabled") return r end
local function handle(kind, id) return raw_setmetatable({ kind = kind, id = id }, Handle) end

local EMPTY = raw_setmetatable({}, { __newindex = function() error("read-only", 2) end })
local function options(opts, n, fname)
  if opts == nil then return EMPTY end
  if type(opts) ~= "table" then error(bad_argument(n, fname, "table", opts), 3) end
  return opts
end

local function trigger(pattern, action, opts)
  opts = options(opts, 3, "trigger")
  local id, m = host.trigger(pattern, action, opts.plain, opts.gag, opts.highlight, opts.once, opts.group, opts.enabled)
  if id == FAIL then error(m, 2) end
  return handle("trigger", id)
end

local function alias(pattern, action, opts)
  opts = options(opts, 3, "alias")
  local id, m = host.alias(pattern, action, opts.group, opts.enabled)
  if id == FAIL then error(m, 2) end
  return handle("alias", id)
end

local function prompt(fn)
  local id, m = host.prompt(fn)
  if id == FAIL then error(m, 2) end
  return handle("prompt", id)
end

local function timer(seconds, action, repeating)
  local id, m = host.timer(seconds, action, repeating)
  if id == FAIL then error(m, 2) end
  return handle("timer", id)
end

local function mud(protocol)
  local on, send = host.on, host.mud_send
  return {
    on = function(name, fn)
      local id, m = on(protocol, name, fn)
      if id == FAIL then error(m, 2) end
      return handle(protocol, id)
    end,
    send = function(name, data)
      local ok, m = send(protocol, name, data)
      if ok == FAIL then error(m, 2) end
    end,
  }
end

-- wait_for/expect/sleep park the task's coroutine; the engine resumes it with a match, or with
-- nil and a reason (timeout, connection closed) that becomes an error at the caller's line.
local wait_raw = host.wait
local function wait(fname, timeout, ...)
  local ok, m = wait_raw(fname, timeout, ...)
  if ok == FAIL then error(m, 3) end
  local index, captures, text = co_yield(WAIT)
  if index == nil then error(captures, 3) end
  return index, captures, text
end

local function wait_for(pattern, timeout)
  local i, c, t = wait("wait_for", timeout, pattern)
  return i, c, t
end

local function expect(patterns, timeout)
  if type(patterns) ~= "table" then error(bad_argument(1, "expect", "table", patterns), 2) end
  local i, c, t = wait("expect", timeout, t_unpack(patterns))
  return i, c, t
end

local function sleep(seconds)
  if type(seconds) ~= "number" then error(bad_argument(1, "sleep", "number", seconds), 2) end
  wait("sleep", seconds)
end

local session = raw_setmetatable({}, {
  __index = function(_, key)
    local v, m = host.session(key)
    if v == FAIL then error(m, 2) end
    return v
  end,
  __newindex = function() error("session is read-only", 2) end,
  __metatable = false,
})

-- require(name): a .lua file from the host's or the global scripts folder, run once.
local loaded = {}
local module_source = host.module
local function require(name)
  if type(name) ~= "string" then error(bad_argument(1, "require", "string", name), 2) end
  local cached = loaded[name]
  if cached ~= nil then return cached end
  local source, chunkname = module_source(name)
  if source == FAIL then error(chunkname, 2) end
  local chunk, message = raw_load(source, chunkname, "t", G)
  if not chunk then error(message, 2) end
  local result = chunk(name)
  if result == nil then result = true end
  loaded[name] = result
  return result
end

-- The globals scripts see: the KEEP names of the standard library, and the API.
local function text_out(f)
  return function(...)
    local a, m = f(joined(...))
    if a == FAIL then error(m, 2) end
  end
end

local exported = {
  send = api(host.send),
  send_keys = api(host.send_keys),
  echo = text_out(host.echo),
  log = text_out(host.log),
  print = text_out(host.log),
  trigger = trigger,
  alias = alias,
  prompt = prompt,
  timer = timer,
  gmcp = mud("gmcp"),
  msdp = mud("msdp"),
  session = session,
  screen = { row = api(host.screen_row), text = api(host.screen_text), size = api(host.screen_size) },
  wait_for = wait_for,
  expect = expect,
  sleep = sleep,
  gag = api(host.gag),
  highlight = api(host.highlight),
  enable_group = function(name) local a, m = host.group(name, true) if a == FAIL then error(m, 2) end end,
  disable_group = function(name) local a, m = host.group(name, false) if a == FAIL then error(m, 2) end end,
  reload = api(host.reload),
  file = {
    read = api(host.file_read), write = api(host.file_write), append = api(host.file_append),
    exists = api(host.file_exists), list = api(host.file_list),
  },
  regex = { match = api(host.regex_match), escape = api(host.regex_escape) },
  require = require,
  pcall = safe_pcall,
  xpcall = safe_xpcall,
  setmetatable = safe_setmetatable,
  load = safe_load,
  collectgarbage = safe_collectgarbage,
  coroutine = coroutine_api,
  os = { clock = os.clock, date = os.date, difftime = os.difftime, time = os.time },
}

-- Lua patterns are matched in C, where no hook can stop them; the engine checks that a call
-- cannot explode (see LuaPatternCost) before string.find/match/gmatch/gsub run.
local pattern_check = host.pattern_check
for _, name in pairs({ "find", "match", "gmatch", "gsub" }) do
  local f = string[name]
  string[name] = function(s, pattern, ...)
    local ok, m = pattern_check(name, s, pattern, ...)
    if ok == FAIL then error(m, 2) end
    return f(s, pattern, ...)
  end
end
string.dump = nil
-- Scripts may change the string table (it is theirs) but not the metatable of every string.
raw_getmetatable("").__metatable = false

local KEEP = {
  assert = true, error = true, getmetatable = true, ipairs = true, next = true, pairs = true,
  rawequal = true, rawget = true, rawlen = true, rawset = true, select = true, tonumber = true,
  tostring = true, type = true, _VERSION = true, string = true, table = true, math = true, utf8 = true,
}
for name in pairs(G) do
  if not KEEP[name] then G[name] = nil end
end
for name, value in pairs(exported) do G[name] = value end
G._G = G

-- The console prints results as the standalone interpreter does: tostring of each, tab-separated.
local function console(chunk)
  local function collect(...)
    if select("#", ...) == 0 then return nil end
    return joined(...)
  end
  return collect(chunk())
end

return { arm = arm, console = console }
