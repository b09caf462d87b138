-- Headless: enter the demo MUD (telnettui serve), wait for GMCP Char.Vitals and print a gauge.
--   telnettui run assets/scripts/demo-mud-gauge.lua 127.0.0.1 2323
local vitals
gmcp.on("Char.Vitals", function(v) vitals = v end)

wait_for("Your choice", 30)
send("mud")

-- GMCP arrives out of band: poll until the handler has seen it.
local waited = 0
while not vitals do
  sleep(0.1)
  waited = waited + 0.1
  if waited > 30 then error("no GMCP Char.Vitals after 30 s (is GMCP on?)") end
end

local function bar(value, max, width)
  local filled = max > 0 and math.floor(width * value / max + 0.5) or 0
  return string.rep("#", filled) .. string.rep("-", width - filled)
end
local hp, maxhp = tonumber(vitals.hp), tonumber(vitals.maxhp)
local mp, maxmp = tonumber(vitals.mp), tonumber(vitals.maxmp)
print(string.format("HP [%s] %d/%d", bar(hp, maxhp, 20), hp, maxhp))
print(string.format("MP [%s] %d/%d", bar(mp, maxmp, 20), mp, maxmp))
send("quit")
