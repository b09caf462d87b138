-- Expect-style BBS login, telnetlib fashion: answer whatever prompt comes next until the main
-- menu shows. Set the name and password in bbs-login.txt beside this script ("name password"),
-- or it logs in as guest.
local name, password = "guest", ""
if file.exists("bbs-login.txt") then
  name, password = file.read("bbs-login.txt"):match("^(%S+)%s*(%S*)")
end

local prompts = {
  "[Nn]ame[:?]|[Ll]ogin[:?]|[Hh]andle[:?]",   -- 1
  "[Pp]assword[:?]",                           -- 2
  "[Pp]ress (any key|[Ee]nter|[Rr]eturn)",     -- 3
  "[Mm]ain [Mm]enu",                           -- 4
}
for _ = 1, 20 do
  local i = expect(prompts, 30)
  if i == 1 then
    send(name)
  elseif i == 2 then
    send(password)
  elseif i == 3 then
    send("")
  else
    log("logged in as " .. name)
    return
  end
end
error("no main menu after 20 prompts")
