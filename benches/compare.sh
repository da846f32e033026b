#!/usr/bin/env bash
# Runs otactl beside peer tools in one run, on this machine, and prints a markdown
# table of ratios. Each row measures the same work done by otactl and by the peer.
# Usage: benches/compare.sh [row ...]   (rows: transitions import dispatch ingest; default: all)
# Needs: sqlite3, python3 (and, for later rows, minisign, b2sum, openssl, mosquitto).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=("$@"); [ ${#rows[@]} -gt 0 ] || rows=(transitions import dispatch ingest)
work=$(mktemp -d)
mosq_pid=
cleanup() { [ -z "$mosq_pid" ] || kill "$mosq_pid" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/otactl
results=()

now() { date +%s.%N; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}x' if b else 'n/a')" "$1" "$2"; }

row_transitions() {
  # otactl: criterion's mean for 120k statuses through the writer (dedupe, state
  # machine, version-guarded update, group commit).
  cargo bench --quiet --bench transitions -- --noplot >/dev/null 2>&1
  local ns n=120000
  ns=$(python3 -c "import json;print(json.load(open('target/criterion/writer/apply_transitions/new/estimates.json'))['mean']['point_estimate'])")
  local ours; ours=$(python3 -c "print(round($n/($ns/1e9)))")
  # Peer: the sqlite3 CLI running the equivalent SQL (insert the event, update the
  # job under the version guard) on the same schema, in transactions of 4096.
  local db=$work/ref.db
  OTACTL_STORE=$db "$bin" fleet list >/dev/null
  python3 - "$work/seed.sql" "$work/run.sql" <<'PY'
import sys
jobs, stages = 20000, ["accepted","downloading","verifying","flashing","rebooting","succeeded"]
with open(sys.argv[1], "w") as f:
    f.write("BEGIN;\nINSERT INTO artifacts (name,version,counter,hw,size,sha256,key_id,manifest,minisig,created_ms) VALUES ('ecu','2.0.0',2,'[]',1,'x','K','{}','',0);\n")
    f.write("INSERT INTO rollouts (id,artifact_id,selector,policy,state,created_ms,updated_ms) VALUES ('r1',1,'','{}','running',0,0);\n")
    for i in range(jobs):
        f.write(f"INSERT INTO devices (id,hw,created_ms,updated_ms) VALUES ('d{i}','stm32f4',0,0);\n")
        f.write(f"INSERT INTO jobs (id,rollout_id,device_id,state,attempt,command_id,target_version,version,created_ms,updated_ms,stage_ms) VALUES ('j{i}','r1','d{i}','queued',1,'c{i}','2.0.0',1,0,0,0);\n")
    f.write("COMMIT;\n")
with open(sys.argv[2], "w") as f:
    f.write("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;\nBEGIN;\n")
    n = 0
    for s, st in enumerate(stages):
        for i in range(jobs):
            f.write(f"INSERT OR IGNORE INTO status_events (device_id,msg_id,job_id,command_id,status,seq,device_ts,received_ms,outcome) VALUES ('d{i}','m{s}','j{i}','c{i}','{st}',{s},'2026-11-21T10:00:00Z',1,'applied');\n")
            f.write(f"UPDATE jobs SET state='{st}', version=version+1, updated_ms=1, stage_ms=1 WHERE id='j{i}' AND version={s+1};\n")
            n += 1
            if n % 4096 == 0:
                f.write("COMMIT;\nBEGIN;\n")
    f.write("COMMIT;\n")
PY
  sqlite3 "$db" < "$work/seed.sql"
  local t0 t1; t0=$(now); sqlite3 "$db" < "$work/run.sql" >/dev/null; t1=$(now)
  local peer; peer=$(python3 -c "print(round($n/($t1-$t0)))")
  results+=("| status transitions/s (120k, group commit) | $ours | sqlite3 CLI, same SQL: $peer | $(ratio "$ours" "$peer") |")
}

row_import() {
  # 100k-row CSV into a fresh store: otactl fleet import (parse, validate, upsert in
  # one transaction) against sqlite3's .import into the same table.
  python3 - "$work/fleet.csv" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write("id,hw,tags,firmware_version,counter\n")
    for i in range(100000):
        f.write(f"TRUCK-{i:06},{['stm32f4','esp32','stm32h7'][i%3]},quarry-{i%10};fleet-a,{['1.3.0','1.4.0','1.4.2'][i%3]},{40+i%3}\n")
PY
  local t0 t1 t2 t3
  OTACTL_STORE=$work/imp.db "$bin" fleet list >/dev/null
  t0=$(now); OTACTL_STORE=$work/imp.db "$bin" -q fleet import "$work/fleet.csv" >/dev/null; t1=$(now)
  OTACTL_STORE=$work/imp2.db "$bin" fleet list >/dev/null
  tail -n +2 "$work/fleet.csv" | sed 's/$/,0,0/' > "$work/fleet-sql.csv"
  t2=$(now)
  sqlite3 "$work/imp2.db" <<SQL >/dev/null
CREATE TEMP TABLE t (id, hw, tags, firmware_version, counter, created_ms, updated_ms);
.mode csv
.import $work/fleet-sql.csv t
INSERT INTO devices (id, hw, tags, firmware_version, counter, created_ms, updated_ms) SELECT * FROM t;
SQL
  t3=$(now)
  local ours peer; ours=$(python3 -c "print(f'{$t1-$t0:.3f}')"); peer=$(python3 -c "print(f'{$t3-$t2:.3f}')")
  results+=("| fleet import, 100k-row CSV (s, lower is better) | $ours | sqlite3 .import: $peer | $(ratio "$peer" "$ours") |")
}

# One Mosquitto for the MQTT rows, on a free loopback port, queues unbounded so a
# persistent session can hold the whole ingest stream.
mosquitto_up() {
  [ -n "$mosq_pid" ] && return
  port=$(python3 -c "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])")
  printf 'listener %s 127.0.0.1\nallow_anonymous true\nmax_queued_messages 0\npersistence false\n' "$port" > "$work/mosquitto.conf"
  mosquitto -c "$work/mosquitto.conf" >"$work/mosquitto.log" 2>&1 & mosq_pid=$!
  for _ in $(seq 100); do python3 -c "import socket;socket.create_connection(('127.0.0.1',$port))" 2>/dev/null && break; sleep 0.05; done
  broker=mqtt://127.0.0.1:$port
}
json_field() { python3 -c "import json,sys;print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }

row_dispatch() {
  # 100k commands: otactl signs each, writes it to the outbox with the job's move to
  # queued, publishes QoS 1 and marks row and job sent on PUBACK (end to end), against
  # mosquitto_pub -l -q 1 publishing the same 100k payloads to the same broker.
  mosquitto_up
  local n=100000 db=$work/dispatch.db
  OTACTL_STORE=$db "$bin" -q -o json --broker "$broker" --mqtt-client-id bench-dispatch \
    mqtt-bench dispatch --jobs $n --payloads "$work/payloads.txt" > "$work/dispatch.json"
  local ours sent; ours=$(json_field "$work/dispatch.json" per_second)
  sent=$(sqlite3 "$db" "SELECT count(*) FROM jobs j JOIN outbox o ON o.job_id = j.id WHERE j.state = 'sent' AND o.state = 'sent'")
  [ "$sent" = "$n" ] || { echo "dispatch lost commands: $sent of $n sent" >&2; exit 1; }
  local t0 t1; t0=$(now)
  mosquitto_pub -h 127.0.0.1 -p "$port" -q 1 -t fleet/bench/update/command -l < "$work/payloads.txt"
  t1=$(now)
  local peer; peer=$(python3 -c "print(round($n/($t1-$t0)))")
  ours=$(python3 -c "print(round($ours))")
  results+=("| dispatch, 100k signed commands via outbox (msg/s) | $ours | mosquitto_pub -l -q 1: $peer | $(ratio "$ours" "$peer") |")
}

row_ingest() {
  # 500k status messages queued at the broker for a persistent session: otactl
  # validates each, records it (dedupe, state machine, group commit) and acks after
  # the commit, against mosquitto_sub -q 1 -C 500000 draining the same queue.
  mosquitto_up
  local n=500000 jobs=100000 db=$work/ingest.db
  OTACTL_STORE=$db "$bin" -q --broker "$broker" --mqtt-client-id bench-ingest mqtt-bench ingest --prepare --jobs $jobs
  mosquitto_sub -h 127.0.0.1 -p "$port" -c -i bench-peer -q 1 -t 'fleet/+/update/status' -E
  OTACTL_STORE=$db "$bin" --broker "$broker" --mqtt-client-id bench-devices mqtt-bench publish-statuses --messages $n --jobs $jobs
  local t0 t1; t0=$(now)
  timeout 600 mosquitto_sub -h 127.0.0.1 -p "$port" -c -i bench-peer -q 1 -t 'fleet/+/update/status' -C $n > /dev/null
  t1=$(now)
  local peer; peer=$(python3 -c "print(round($n/($t1-$t0)))")
  OTACTL_STORE=$db "$bin" -o json --broker "$broker" --mqtt-client-id bench-ingest \
    mqtt-bench ingest --messages $n > "$work/ingest.json"
  local ours got; ours=$(python3 -c "print(round($(json_field "$work/ingest.json" per_second)))")
  got=$(sqlite3 "$db" "SELECT count(*) FROM status_events")
  [ "$got" = "$n" ] || { echo "ingest lost statuses: $got of $n recorded" >&2; exit 1; }
  results+=("| ingest, 500k statuses from a persistent session (msg/s) | $ours | mosquitto_sub -q 1 -C: $peer | $(ratio "$ours" "$peer") |")
}

for r in "${rows[@]}"; do "row_$r"; done
echo
echo "| what | otactl | peer | otactl vs peer |"
echo "|---|---|---|---|"
printf '%s\n' "${results[@]}"
