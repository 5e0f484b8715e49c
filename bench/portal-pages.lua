-- the public list at 5,000 different addresses (every page of 100k reports, 20 a page): mostly misses of the
-- public page cache (it keeps 500 pages), so this run measures rendering rather than the cache
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/ioc/portal/reports.xhtml?page=" .. math.random(1, 5000))
end
