-- citizens following their own reports: each request the tracking page of one of the 100,000 seeded reports,
-- picked at random (bench/seed-100k.sql gives report n the code "B" .. n in nine digits written with the
-- alphabet's 2-9, A, B); every answer is a found report, its facts, public timeline and forms
math.randomseed(os.time())
local digits = {"2", "3", "4", "5", "6", "7", "8", "9", "A", "B"}
function tracking_code(n)
  local s = string.format("%09d", n)
  return "B" .. (s:gsub("%d", function(d) return digits[tonumber(d) + 1] end))
end
request = function()
  return wrk.format("GET", "/ioc/portal/track.xhtml?code=" .. tracking_code(math.random(1, 100000)))
end
