-- One endpoint at saturation. Arguments (after --): method, path, body ("" for none), credential
-- header ("Name: value"), a token unique to this run (three base-36 characters), the directory of the
-- id pools, and the number of wrk threads. Placeholders in path and body:
--   {client} {project}  a random id from clients.txt / projects.txt
--   {mover} {move}      the next of this thread's movers (movers.txt) and its next status: each is
--                       active at the start and alternates paused, active, ...
--   {prefix} {uniq}     a task key prefix / name part unique across runs
-- Every POST carries an Idempotency-Key of its own. Non-2xx answers are counted, and done() prints
-- one JSON line with the totals.
local method, path, body, credential_name, credential_value, token
local clients, projects, movers, moves = {}, {}, {}, {}
local next_mover, counter = 0, 0
local fixed_request = nil
-- wrk calls request() once on the first thread to check what it returns and throws that away: that
-- call must not take a mover's move, or the mover's next request asks for the status it already has
local checked = false
local letters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
non2xx, first_failure = 0, ""

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("index", #threads)
end

local function read_lines(file)
  local found = {}
  local handle = io.open(file, "r")
  if handle then
    for line in handle:lines() do
      if line ~= "" then found[#found + 1] = line end
    end
    handle:close()
  end
  return found
end

local function base36(n, width)
  local digits = ""
  repeat
    local d = n % 36
    digits = letters:sub(d + 1, d + 1) .. digits
    n = math.floor(n / 36)
  until n == 0
  while #digits < width do digits = "0" .. digits end
  return digits
end

function init(args)
  method, path, body, token = args[1], args[2], args[3], args[5]
  credential_name, credential_value = args[4]:match("^([^:]+):%s*(.*)$")
  local pools, thread_count = args[6], tonumber(args[7])
  clients = read_lines(pools .. "/clients.txt")
  projects = read_lines(pools .. "/projects.txt")
  -- each thread moves its own share of the movers, so no two requests race on one client
  for i, id in ipairs(read_lines(pools .. "/movers.txt")) do
    if (i - 1) % thread_count == index - 1 then
      movers[#movers + 1] = id
      moves[#movers] = "paused"
    end
  end
  math.randomseed(os.time() + index * 7919)
  -- a GET without placeholders is the same request every time: format it once
  if method ~= "POST" and not (path .. body):find("{", 1, true) then
    local headers = { [credential_name] = credential_value }
    fixed_request = wrk.format(method, path, headers, body ~= "" and body or nil)
  end
end

local function unique()
  counter = counter + 1
  return "Z" .. token .. letters:sub(index + 10, index + 10) .. base36(counter, 5)
end

local function filled(template, mover, move, uniq)
  return (template:gsub("{(%a+)}", function(name)
    if name == "client" then return clients[math.random(#clients)] end
    if name == "project" then return projects[math.random(#projects)] end
    if name == "mover" then return mover end
    if name == "move" then return move end
    if name == "prefix" or name == "uniq" then return uniq end
    return "{" .. name .. "}"
  end))
end

function request()
  if fixed_request then return fixed_request end
  local mover, move
  if index == 1 and not checked then
    checked = true
    return wrk.format("GET", "/")
  end
  if path:find("{mover}", 1, true) then
    next_mover = next_mover % #movers + 1
    mover, move = movers[next_mover], moves[next_mover]
    moves[next_mover] = move == "paused" and "active" or "paused"
  end
  local uniq = unique()
  local headers = { [credential_name] = credential_value }
  local payload = nil
  if body ~= "" then
    payload = filled(body, mover, move, uniq)
    headers["Content-Type"] = "application/json"
  end
  if method == "POST" then headers["Idempotency-Key"] = "bench-" .. uniq end
  return wrk.format(method, filled(path, mover, move, uniq), headers, payload)
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_failure == "" then first_failure = status .. " " .. (body or ""):sub(1, 300) end
  end
end

local function json_string(text)
  return '"' .. text:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

function done(summary, latency, requests)
  local failed, failure = 0, ""
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("non2xx")
    if failure == "" then failure = thread:get("first_failure") end
  end
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_us":%d,"non2xx":%d,"socket_errors":%d,"p50_us":%d,"p99_us":%d,"first_failure":%s}\n',
    summary.requests, summary.duration, failed, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99), json_string(failure)))
end
