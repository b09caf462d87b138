-- Headless tour of the demo BBS (telnettui serve): pick the BBS in the lobby, open "Your terminal"
-- and print what the board saw of us (NAWS size, terminal types, ANSI answer), then log off.
--   telnettui run assets/scripts/demo-bbs-tour.lua 127.0.0.1 2323 --cols 100 --rows 30
wait_for("Your choice", 30)
send("bbs")                       -- the lobby is in line mode: a word and Enter
wait_for("press any key", 30)     -- the welcome screen, after the ESC[6n detection
send_keys(" ")                    -- the BBS is in character mode from here on: one key, no Enter
wait_for("choose a key", 30)
send_keys("I")
wait_for("Terminal types", 30)
sleep(0.5)                        -- let the frame finish drawing

-- Read the emulator's screen: the frame is drawn with cursor moves, not lines.
for row = 1, select(2, screen.size()) do
  local text = screen.row(row)
  for _, label in ipairs({ "Window size", "Terminal types", "ANSI", "Telnet mode" }) do
    if text:find(label, 1, true) then
      print((text:gsub("[│║┃|]", ""):gsub("^%s+", ""):gsub("%s+$", ""):gsub("%s%s+", "  ")))
    end
  end
end

send_keys("Q")                    -- back to the board's menu
wait_for("choose a key", 30)
send_keys("G")                    -- goodbye: the board logs us off
