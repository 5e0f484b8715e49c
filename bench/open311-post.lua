-- Open311 POST requests with the bench's API key (seed-100k.sql); each one files a report and an incident
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"
wrk.body = "api_key=bench-key&service_code=waste&lat=22.3960&long=103.4590"
  .. "&address_string=T%E1%BB%95+5%2C+ph%C6%B0%E1%BB%9Dng+T%C3%A2n+Phong"
  .. "&description=R%C3%A1c+t%E1%BB%93n+%C4%91%E1%BB%8Dng+nhi%E1%BB%81u+ng%C3%A0y+%E1%BB%9F+g%C3%B3c+ph%E1%BB%91"
