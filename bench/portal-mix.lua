-- cookieless citizens reading the portal: home, public list pages and filters, the report form, tracking pages
-- of seeded reports (random codes, as in portal-track.lua) and an empty tracking page
local paths = {
  "/ioc/portal/index.xhtml",
  "/ioc/portal/reports.xhtml",
  "/ioc/portal/reports.xhtml?page=2",
  "/ioc/portal/reports.xhtml?category=flooding&status=open",
  "/ioc/portal/report.xhtml",
  "/ioc/portal/track.xhtml",
  "track",
}
local digits = {"2", "3", "4", "5", "6", "7", "8", "9", "A", "B"}
local function tracking_code(n)
  return "B" .. (string.format("%09d", n):gsub("%d", function(d) return digits[tonumber(d) + 1] end))
end
local i = 0
request = function()
  i = i + 1
  local path = paths[(i % #paths) + 1]
  if path == "track" then
    path = "/ioc/portal/track.xhtml?code=" .. tracking_code(math.random(1, 100000))
  end
  return wrk.format("GET", path)
end
