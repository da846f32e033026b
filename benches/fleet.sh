#!/usr/bin/env bash
# Whole-fleet benchmarks: otactl's engine, simulator and dashboard as processes against
# a real Mosquitto on loopback, measured in one run on this machine. Prints a markdown
# table. Rows (default: all):
#   rollout  a 100k-device rollout (1,5%,25%,100%, 95% gates) with the simulator
#            answering without delay: engine wall time, CPU and peak memory, the
#            simulator's CPU and memory, and `rollout status` latency on that store
#            (best and worst of 5). Reference: AWS IoT Jobs' 1,000/min = 100 minutes.
#   fleet    10,000 simulated devices with the default (human-scale) stage latencies
#            beside `otactl run --until-done`: wall time, CPU and peak memory of both.
#   tui      the dashboard at 10 fps for 300 frames on a store that `mqtt-bench ingest`
#            is writing 5,000 statuses/s into: the dashboard's CPU share of one core.
# Usage: benches/fleet.sh [row ...]   Needs: mosquitto, python3, GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=("$@"); [ ${#rows[@]} -gt 0 ] || rows=(rollout fleet tui)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cargo build --release --quiet
bin=$(pwd)/${CARGO_TARGET_DIR:-target}/release/otactl
dev=$(pwd)/${CARGO_TARGET_DIR:-target}/release/otactl-dev   # the benchmark driver (mqtt-bench)
results=()
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { for _ in $(seq 200); do python3 -c "import socket;socket.create_connection(('127.0.0.1',$1))" 2>/dev/null && return; sleep 0.05; done; echo "port $1 never opened" >&2; exit 1; }
# GNU time's log -> "wall cpu maxrss_mib"
tsum() { python3 -c "w,u,s,m=open('$1').read().split()[-4:]; print(f'{float(w):.1f} {float(u)+float(s):.1f} {int(m)/1024:.0f}')"; }

mosquitto_up() {
  local port; port=$(free_port)
  printf 'listener %s 127.0.0.1\nallow_anonymous true\nmax_queued_messages 0\npersistence false\n' "$port" > "$work/mosquitto-$1.conf"
  mosquitto -c "$work/mosquitto-$1.conf" >"$work/mosquitto-$1.log" 2>&1 & pids+=($!)
  wait_port "$port"
  broker=mqtt://127.0.0.1:$port
}

# A fresh field in $work/$1 (call it with OTACTL_KEY_DIR and OTACTL_STORE set there):
# key, signed 64 KiB image, artifact server; sets url.
field() {
  local d=$work/$1; mkdir -p "$d/fw"
  "$bin" -q keys generate --unencrypted >/dev/null
  head -c 65536 /dev/urandom > "$d/fw/ecu.bin"
  "$bin" -q firmware sign "$d/fw/ecu.bin" --name ecu --version 2.0.0 --hw stm32f4,esp32 --counter 5 >/dev/null
  local http; http=$(free_port)
  "$bin" -q serve --no-broker --http "127.0.0.1:$http" --artifacts "$d/fw" >/dev/null 2>&1 & pids+=($!)
  wait_port "$http"
  url=http://127.0.0.1:$http
}

# Simulator in the background under GNU time (its log in $work/$1.time); sets sim_pid.
sim() {
  local name=$1; shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" \
    "$bin" -q simulate --counter 1 --hw stm32f4:70,esp32:30 --stats-every 1h "$@" >"$work/$name.log" 2>&1 &
  sim_pid=$!; pids+=($sim_pid)
}
# Stops the simulator gracefully (SIGTERM to otactl, not to time) and waits for its stats.
sim_stop() {
  pkill -TERM -P "$sim_pid" 2>/dev/null || true
  wait "$sim_pid" 2>/dev/null || true
}

# A fleet in $work/$1: Mosquitto, a signed image and its artifact server, N simulated
# devices (simulator args after the rollout id) imported into the store, and a rollout
# of all of them with id $3. Sets broker, url and sim_pid.
fleet_up() {
  local name=$1 n=$2 id=$3; shift 3
  export OTACTL_KEY_DIR=$work/$name/keys OTACTL_STORE=$work/$name/store.db
  mosquitto_up "$name"; field "$name"
  export OTACTL_BROKER=$broker
  sim "$name-sim" --devices "$n" --write-fleet "$work/$name/fleet.csv" "$@"
  for _ in $(seq 600); do [ -s "$work/$name/fleet.csv" ] && break; sleep 0.1; done
  [ -s "$work/$name/fleet.csv" ] || { echo "the simulator did not start:" >&2; cat "$work/$name-sim.log" >&2; exit 1; }
  sleep 1
  "$bin" -q fleet import "$work/$name/fleet.csv" >/dev/null
  "$bin" -q rollout create --firmware ecu@2.0.0 --select all --id "$id" --artifact-url "$url" >/dev/null
}

# Runs the engine command under GNU time (log $work/$1-engine.time), stops the
# simulator, and fails unless all $2 devices succeeded.
engine_timed() {
  local name=$1 n=$2; shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$work/$name-engine.time" \
    "$bin" -q "$@" --artifact-url "$url" >"$work/$name-engine.log" 2>&1 || {
      echo "$* failed:" >&2; cat "$work/$name-engine.log" >&2; exit 1; }
  sim_stop
  local done_n; done_n=$(sqlite3 "$OTACTL_STORE" "SELECT count(*) FROM jobs WHERE state='succeeded'")
  [ "$done_n" = "$n" ] || { echo "only $done_n of $n devices succeeded" >&2; exit 1; }
}

row_rollout() {
  local n=100000 broker url
  fleet_up rollout $n bench-100k --id-pattern 'TRUCK-{n:06}' --latency all=0ms..0ms
  engine_timed rollout $n rollout run bench-100k
  local st; st=$(python3 - "$bin" <<'PY'
import subprocess, sys, time
ts = []
for _ in range(5):
    t0 = time.perf_counter()
    subprocess.run([sys.argv[1], "-q", "rollout", "status", "bench-100k"], check=True, stdout=subprocess.DEVNULL)
    ts.append((time.perf_counter() - t0) * 1000)
print(f"{min(ts):.0f} / {max(ts):.0f}")
PY
)
  read -r ew ec em <<<"$(tsum "$work/rollout-engine.time")"
  read -r sw sc sm <<<"$(tsum "$work/rollout-sim.time")"
  results+=("| 100k-device rollout, simulator without delay: engine wall s / CPU s / peak MiB | $ew / $ec / $em | AWS IoT Jobs at 1,000/min: 6000 s | $(python3 -c "print(f'{6000/$ew:.0f}x')") |")
  results+=("| (the simulator beside it, 100k devices: CPU s / peak MiB) | | $sc / $sm | |")
  results+=("| \`rollout status\` on that store, ms (best / worst of 5, whole process) | $st | target: under 50 | |")
}

row_fleet() {
  local n=10000 broker url
  fleet_up fleet $n bench-10k --id-pattern 'TRUCK-{n:05}'
  engine_timed fleet $n run --until-done
  read -r ew ec em <<<"$(tsum "$work/fleet-engine.time")"
  read -r sw sc sm <<<"$(tsum "$work/fleet-sim.time")"
  results+=("| 10k devices, default stage latencies: \`otactl run\` wall s / CPU s / peak MiB | $ew / $ec / $em | simulator: $sw / $sc / $sm | |")
}

row_tui() {
  local broker jobs=100000 rate=5000 frames=300
  mosquitto_up tui
  export OTACTL_BROKER=$broker OTACTL_STORE=$work/tui.db
  "$dev" -q --mqtt-client-id bench-ingest mqtt-bench ingest --prepare --jobs $jobs
  local msgs=$((rate * (frames / 10 + 10)))
  "$dev" -q -o json --mqtt-client-id bench-ingest mqtt-bench ingest --messages $msgs > "$work/tui-ingest.json" 2>&1 &
  local ing=$!; pids+=($ing)
  "$dev" -q --mqtt-client-id bench-devices mqtt-bench publish-statuses --messages $msgs --jobs $jobs --rate $rate &
  local pub=$!; pids+=($pub)
  sleep 5
  local out; out=$("$bin" -o json tui --bench-frames $frames --fps 10 </dev/null)
  wait "$pub" "$ing" || true
  local line; line=$(python3 -c "
import json,sys
r=json.loads(sys.argv[1])
print(f\"{r['cpu_share_of_a_core']*100:.1f}% ({r['frames']} frames, {r['cpu_s']:.2f} CPU s in {r['wall_s']:.1f} s; p99 of a frame with its store refresh (once a second) {r['frame_p99_ms']:.0f} ms)\")
" "$out")
  results+=("| dashboard at 10 fps beside a 5k status/s ingest: share of one core | $line | target: at most 10% | |")
}

for r in "${rows[@]}"; do "row_$r"; done
echo
echo "| what | otactl | reference | ratio |"
echo "|---|---|---|---|"
printf '%s\n' "${results[@]}"
