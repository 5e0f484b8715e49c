#!/usr/bin/env bash
# news-feed.sh <folder>: writes <folder>/tin-lai-chau.xml, an RSS 2.0 feed of the demo city's news, and adds an
# article every 3 minutes (some about flooding and landslides, which the seeded media topics follow). Run by
# run-demo.sh, which serves the folder on http://127.0.0.1:8099/.
set -u
dir="$1"; mkdir -p "$dir"
titles=(
  "Mưa lớn gây ngập cục bộ nhiều tuyến phố ở thành phố Lai Châu"
  "Sạt lở đất trên Quốc lộ 4D, giao thông qua đèo Ô Quy Hồ bị ách tắc"
  "Lai Châu triển khai Trung tâm giám sát, điều hành đô thị thông minh"
  "Người dân phản ánh đèn chiếu sáng hỏng trên đường Trần Phú"
  "Thu hoạch chè Tam Đường được mùa, được giá"
  "Cảnh báo lũ quét và sạt lở đất tại các xã vùng cao"
  "Phường Đoàn Kết ra quân dọn vệ sinh môi trường")
items=()
n=0
while true; do
  t="${titles[$((n % ${#titles[@]}))]}"
  now=$(date -R)
  items=("<item><title>$t</title><link>http://127.0.0.1:8099/bai-$n.html</link><guid>demo-$n-$(date +%s)</guid><pubDate>$now</pubDate><description>$t. Tin demo của IOC (bài $n).</description></item>" "${items[@]}")
  items=("${items[@]:0:30}")
  {
    echo '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin tức Lai Châu (demo)</title>'
    echo '<link>http://127.0.0.1:8099/</link><description>Tin demo</description>'
    printf '%s\n' "${items[@]}"
    echo '</channel></rss>'
  } > "$dir/tin-lai-chau.xml.tmp" && mv "$dir/tin-lai-chau.xml.tmp" "$dir/tin-lai-chau.xml"
  n=$((n + 1))
  sleep 180
done
