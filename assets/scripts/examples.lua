-- A tour of the scripting API (see docs/scripting.md). Load it from the console with
-- require("examples") after copying it into your scripts folder.

-- Triggers: a regex (captures in m, .NET syntax), plain text, gag, highlight, once, groups.
trigger("^(\\w+) arrives from the (\\w+)\\.$", function(m, line)
  log(m[1] .. " came in from the " .. m[2])
end)
trigger("You feel sleepy", function() send("wake") end, { plain = true, once = true })
local spam = trigger("^\\[auction\\]", nil, { gag = true, group = "spam" })
trigger("treasure", nil, { plain = true, highlight = "#ffd700" })
-- spam:disable(); spam:enable(); spam:hits(); disable_group("spam")

-- Decide in the callback: gag() or highlight(colour) the current line.
trigger("^(\\w+) shouts", function(m)
  if m[1] == "Spammer" then gag() else highlight("bright-red") end
end)

-- Prompts (text ended by IAC GA/EOR).
prompt(function(text)
  local hp = text:match("(%d+)hp")
  if hp and tonumber(hp) < 30 then echo("drink a potion!") end
end)

-- Aliases: text with $1..$9 and ';' / '#N', or a function returning what to send.
alias("^tk (.+)$", "take $1;#2 look")
alias("^heal( %w+)?$", function(m)
  return "cast heal" .. (m[1] or " self")
end)

-- Timers: seconds, action, repeat.
timer(300, "save", true)
timer(2, function() log("two seconds after loading") end)

-- MSDP.
msdp.on("HEALTH", function(value) log("health " .. value) end)
msdp.send("REPORT", { "HEALTH", "MANA" })

-- Waiting inside a callback: after "You are hungry", eat, then wait for the result.
trigger("^You are hungry", function()
  send("eat bread")
  local ok, err = pcall(wait_for, "You eat|You have nothing", 5)
  if not ok then log("no answer: " .. err) end
end)

log("examples loaded for " .. session.host .. ":" .. session.port .. " (" .. session.mode .. " mode)")
