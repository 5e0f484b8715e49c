#!/usr/bin/env bash
# syslog-generator.sh: the demo city's systems talking to the security monitor (127.0.0.1:5514, RFC 5424 over
# UDP, util-linux logger): a login or a firewall drop every few seconds, and every 10 minutes six failed passwords
# for one account (the brute-force rule's alert). Run by run-demo.sh.
set -u
send() { logger -n 127.0.0.1 -P 5514 -d --rfc5424 -t "$1" "$2" 2>/dev/null; }
i=0
while true; do
  case $((i % 4)) in
    0) send sshd "Accepted publickey for deploy from 10.10.0.$((i % 50 + 2)) port 5$((i % 9))022 ssh2" ;;
    1) send kernel "DROP IN=eth0 SRC=198.51.100.$((i % 200 + 1)) DST=10.10.0.5 DPT=$((1000 + i % 3000))" ;;
    2) send dvc-portal "user citizen$((i % 97)) logged in from 10.20.1.$((i % 200 + 1))" ;;
    3) send postfix "connect from mail.laichau.gov.vn[10.10.0.25]" ;;
  esac
  if [ $((i % 120)) -eq 60 ]; then
    for k in 1 2 3 4 5 6; do send sshd "Failed password for invalid user admin from 203.0.113.77 port 4$k$k$k ssh2"; done
  fi
  i=$((i + 1))
  sleep 5
done
