-- Log in to TinyMUX as the wizard (the default database's "connect wizard potrzebie") and
-- print the screen width the server believes we have (it comes from our NAWS).
--   telnettui run assets/scripts/tinymux-width.lua 127.0.0.1 2860
wait_for('"connect <name> <password>"', 15)
send("connect wizard potrzebie")
-- A marker makes the answer easy to find among the message of the day.
send("think WIDTH=[width(me)]")
local _, m = wait_for("WIDTH=(\\d+)", 15)
print(m[1])
send("QUIT")
