#!/usr/bin/env bash
# Frames per second of the video-analytics worker on one core (docs/perf.md):
#   1. renders the synthetic scene once as 720p H.264 at 25 frames/s (30 s, 750 frames)
#   2. per run: bare decoding of the file (FFmpeg, one decoder thread) and the whole pipeline (decoding, motion at 320 px,
#      tracking, scene rules, JPEG evidence), each pinned to CPU 0 with taskset
# bench/worker.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
mvn -B -ntp -q package -pl worker -am -DskipTests
out=worker/target/bench
mkdir -p "$out"
video="$out/scene-720p.mp4"
[ -f "$video" ] || worker/bin/ioc-worker synthetic --out "$video" --width 1280 --height 720 --fps 25 >/dev/null 2>&1
echo "video: $video ($(du -h "$video" | cut -f1)), $(nproc) cores here, pinned to CPU 0"
for i in $(seq 1 "$runs"); do
  taskset -c 0 worker/bin/ioc-worker bench --file "$video" 2>/dev/null | grep -E "decode only|whole pipeline"
done
