-- the public list at ~21,000 different addresses: every category (14) x ward (10) x status (all, open,
-- closed) x page (1-50, the list's depth): mostly misses of the public page cache (it keeps 500 pages), so
-- this run measures rendering and the database rather than the cache
math.randomseed(os.time())
local categories = {"flooding", "landslide", "road-damage", "street-light", "waste", "sidewalk-encroachment",
  "public-order", "traffic", "fallen-tree", "pollution", "power-outage", "fire", "illegal-construction",
  "public-service"}
local wards = {"TAN_PHONG", "DOAN_KET", "TAM_DUONG", "BINH_LU", "PHONG_THO", "SIN_HO", "THAN_UYEN", "TAN_UYEN",
  "MUONG_TE", "NAM_NHUN"}
local statuses = {"", "open", "closed"}
request = function()
  return wrk.format("GET", "/ioc/portal/reports.xhtml?category=" .. categories[math.random(#categories)]
    .. "&ward=" .. wards[math.random(#wards)] .. "&status=" .. statuses[math.random(#statuses)]
    .. "&page=" .. math.random(1, 50))
end
