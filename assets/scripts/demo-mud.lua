-- Demo MUD (telnettui serve, MUD area): a vitals gauge from GMCP, a hunger trigger, a few
-- aliases and a tidy chat. Named by the demo-mud host in appsettings.example.toml.

-- Char.Vitals arrives as a Lua table; numbers may come as strings (IRE-style servers send "100").
local function bar(value, max, width)
  value, max = tonumber(value) or 0, tonumber(max) or 0
  if max <= 0 then return string.rep("?", width) end
  local filled = math.floor(width * math.min(value, max) / max + 0.5)
  return string.rep("#", filled) .. string.rep("-", width - filled)
end

gmcp.on("Char.Vitals", function(v)
  local line = string.format("HP [%s] %s/%s", bar(v.hp, v.maxhp, 20), v.hp, v.maxhp)
  if v.mp and v.maxmp then
    line = line .. string.format("  MP [%s] %s/%s", bar(v.mp, v.maxmp, 10), v.mp, v.maxmp)
  end
  echo(line)
  if (tonumber(v.hp) or 0) * 4 < (tonumber(v.maxhp) or 0) then
    echo("*** HP below 25%! ***")
  end
end)

gmcp.on("Room.Info", function(room)
  log("room: " .. tostring(room.name) .. " (" .. tostring(room.num) .. ")")
end)

-- Eat when hungry, but at most once a minute.
local last_meal = -math.huge
trigger("^You are hungry", function()
  if os.time() - last_meal >= 60 then
    last_meal = os.time()
    send("eat bread")
  end
end)

-- Tells in yellow; out-of-character chatter hidden (switch with enable_group/disable_group("ooc")).
trigger("^(\\w+) tells you '(.*)'$", nil, { highlight = "bright-yellow" })
trigger("^\\[OOC\\]", nil, { gag = true, group = "ooc" })

-- k <target> → kill <target>; "loot" after a kill, by name.
alias("^k (.+)$", "kill $1")
local last_target
alias("^kl (.+)$", function(m)
  last_target = m[1]
  return "kill " .. m[1]
end)
trigger("^The (\\w+) is DEAD!$", function(m)
  if last_target and m[1]:find(last_target, 1, true) then
    send("get all from corpse")
  end
end)
