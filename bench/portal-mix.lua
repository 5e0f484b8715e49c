-- cookieless citizens reading the portal: home, public list pages and filters, help
local paths = {
  "/ioc/portal/index.xhtml",
  "/ioc/portal/reports.xhtml",
  "/ioc/portal/reports.xhtml?page=2",
  "/ioc/portal/reports.xhtml?category=flooding&status=open",
  "/ioc/portal/report.xhtml",
  "/ioc/portal/track.xhtml",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
