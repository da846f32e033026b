#!/usr/bin/env bash
# Runs otactl beside peer tools in one run, on this machine, and prints a markdown
# table of ratios. Each row measures the same work done by otactl and by the peer.
# Usage: benches/compare.sh [row ...]   (rows: transitions import sign upload upload-moto dispatch ingest; default: all)
# Needs: sqlite3, python3 (and, for later rows, minisign, b2sum, openssl, mosquitto).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=("$@"); [ ${#rows[@]} -gt 0 ] || rows=(transitions import sign upload upload-moto dispatch ingest)
work=$(mktemp -d)
mosq_pid=
moto_pid=
cleanup() {
  [ -z "$mosq_pid" ] || kill "$mosq_pid" 2>/dev/null || true
  [ -z "$moto_pid" ] || kill "$moto_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
cargo build --release --quiet
bin=${CARGO_TARGET_DIR:-target}/release/otactl
dev=${CARGO_TARGET_DIR:-target}/release/otactl-dev   # the benchmark driver (mqtt-bench)
results=()

now() { date +%s.%N; }
ratio() { python3 -c "import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f'{a/b:.2f}x' if b else 'n/a')" "$1" "$2"; }

row_transitions() {
  # otactl: criterion's mean for 120k statuses through the writer (dedupe, state
  # machine, version-guarded update, group commit).
  cargo bench --quiet --bench transitions -- --noplot >/dev/null 2>&1
  local ns n=120000
  ns=$(python3 -c "import json;print(json.load(open('${CARGO_TARGET_DIR:-target}/criterion/writer/apply_transitions/new/estimates.json'))['mean']['point_estimate'])")
  local ours; ours=$(python3 -c "print(round($n/($ns/1e9)))")
  # Peer: the sqlite3 CLI running the equivalent SQL (insert the event, update the
  # job under the version guard) on the same schema, in transactions of 4096.
  local db=$work/ref.db
  OTACTL_STORE=$db "$bin" --init fleet list >/dev/null
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
  OTACTL_STORE=$work/imp.db "$bin" --init fleet list >/dev/null
  t0=$(now); OTACTL_STORE=$work/imp.db "$bin" -q fleet import "$work/fleet.csv" >/dev/null; t1=$(now)
  OTACTL_STORE=$work/imp2.db "$bin" --init fleet list >/dev/null
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

# Best wall time of 3 runs of a command, in seconds.
best3() {
  local best=""
  for _ in 1 2 3; do
    local t0 t1; t0=$(now); "$@" >/dev/null 2>&1; t1=$(now)
    best=$(python3 -c "b='$best'; t=$t1-$t0; print(f'{min(t, float(b)) if b else t:.3f}')")
  done
  echo "$best"
}

row_sign() {
  # 1 GiB image: otactl firmware sign (BLAKE2b-512 and SHA-256 in one pass, manifest,
  # prehashed signature) against minisign -S (BLAKE2b only), b2sum and openssl.
  local f=$work/fw-1g.bin
  head -c 1073741824 /dev/urandom > "$f"
  cat "$f" > /dev/null   # page cache warm for everyone
  export OTACTL_KEY_DIR=$work/keys OTACTL_STORE=$work/sign.db
  "$bin" -q keys generate --unencrypted >/dev/null
  (cd "$work" && minisign -G -W -p ms.pub -s ms.key >/dev/null)
  local n=0
  sign_once() { n=$((n+1)); "$bin" -q firmware sign "$f" --name bench --version "v$RANDOM$n" --hw x --force; }
  local ours ms b2 ossl
  ours=$(best3 sign_once)
  ms=$(best3 minisign -S -s "$work/ms.key" -m "$f")
  b2=$(best3 b2sum "$f")
  ossl=$(best3 openssl dgst -sha256 "$f")
  results+=("| sign 1 GiB (s, lower is better; both hashes) | $ours | minisign -S: $ms | $(ratio "$ms" "$ours") |")
  results+=("| (hash alone, same file) | | b2sum: $b2; openssl sha256: $ossl | vs b2sum $(ratio "$b2" "$ours") |")
  rm -f "$f"
}

# Runs a command under GNU time; prints "wall user+sys maxrss_mib".
timed() {
  local log=$work/time.log
  /usr/bin/time -f '%e %U %S %M' -o "$log" "$@" >/dev/null 2>&1 || true
  python3 -c "w,u,s,m=open('$log').read().split()[-4:]; print(f'{float(w):.2f} {float(u)+float(s):.2f} {int(m)/1024:.0f}')"
}

# user+system CPU seconds of a process so far.
cpu_of() { python3 -c "import os,sys; f=open(f'/proc/{sys.argv[1]}/stat').read().rsplit(')',1)[1].split(); print((int(f[11])+int(f[12]))/os.sysconf('SC_CLK_TCK'))" "$1"; }

row_upload() {
  # 1 GiB image to the same s3s-fs (SigV4 checked): otactl firmware upload (8 MiB
  # parts, 4 in flight) against `aws s3 cp` with default settings.
  command -v aws >/dev/null || pip install -q awscli
  local s3bin; s3bin=$(command -v s3s-fs || echo "$HOME/.cargo/bin/s3s-fs")
  local root=$work/s3root port
  mkdir -p "$root/firmware"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  "$s3bin" --host 127.0.0.1 --port "$port" --access-key bench-ak --secret-key bench-secret-key-0123 "$root" >/dev/null 2>&1 &
  local s3pid=$!
  sleep 1
  local f=$work/up-1g.bin
  head -c 1073741824 /dev/urandom > "$f"
  export OTACTL_KEY_DIR=$work/upkeys OTACTL_STORE=$work/up.db AWS_ACCESS_KEY_ID=bench-ak AWS_SECRET_ACCESS_KEY=bench-secret-key-0123
  export AWS_ENDPOINT_URL=http://127.0.0.1:$port OTACTL_BUCKET=firmware AWS_DEFAULT_REGION=us-east-1
  "$bin" -q keys generate --unencrypted >/dev/null
  "$bin" -q firmware sign "$f" --name bench --version 1 --hw x >/dev/null
  cat "$f" >/dev/null
  local ours peer c0 c1 c2 t0 t1 sha
  sha=$(sha256sum "$f" | cut -d' ' -f1)
  # Each upload starts with no dirty pages from the one before (the server writes
  # 2 GiB per upload: parts, then the object), or the second pays for the first's
  # writeback.
  sync
  c0=$(cpu_of "$s3pid"); t0=$(date +%s.%N)
  ours=$(timed "$bin" -q firmware upload "$f")
  c1=$(cpu_of "$s3pid")
  local om_; om_=$(stat -c '%.9W %.9Y' "$root/firmware/firmware/bench/1/$sha")
  rm -f "$root/firmware/firmware/bench/1/$sha"; sync
  local c1b; c1b=$(cpu_of "$s3pid"); t1=$(date +%s.%N)
  peer=$(timed aws --endpoint-url "$AWS_ENDPOINT_URL" s3 cp "$f" s3://firmware/aws-copy.bin --only-show-errors)
  c2=$(cpu_of "$s3pid")
  kill "$s3pid" 2>/dev/null || true
  read -r ow oc om <<<"$ours"; read -r pw pc pm <<<"$peer"
  results+=("| upload 1 GiB to s3s-fs: wall s / client CPU s / max RSS MiB | $ow / $oc / $om | aws s3 cp: $pw / $pc / $pm | throughput $(ratio "$pw" "$ow"); CPU peer/otactl $(ratio "$pc" "$oc") |")
  results+=("| (s3s-fs's own CPU s while serving each upload) | $(python3 -c "print(f'{$c1-$c0:.2f}')") | $(python3 -c "print(f'{$c2-$c1b:.2f}')") | |")
  # s3s-fs writes the object while it serves CompleteMultipartUpload (one thread
  # re-reads, MD5s and copies every part): the file's birth time is when that
  # began, its mtime when it ended. Before it: the parts, the client's own work.
  local pm_
  pm_=$(stat -c '%.9W %.9Y' "$root/firmware/aws-copy.bin")
  read -r ob oe <<<"$om_"; read -r pb pe <<<"$pm_"
  local ot pt ocm pcm
  ot=$(python3 -c "print(f'{$ob-$t0:.2f}')"); pt=$(python3 -c "print(f'{$pb-$t1:.2f}')")
  ocm=$(python3 -c "print(f'{$oe-$ob:.2f}')"); pcm=$(python3 -c "print(f'{$pe-$pb:.2f}')")
  results+=("| (of which: start → all parts sent, s / s3s-fs CompleteMultipartUpload, s) | $ot / $ocm | $pt / $pcm | transfer $(ratio "$pt" "$ot") |")
  rm -f "$f"
}

row_upload-moto() {
  # 1 GiB image to the same moto server (pip's moto[server] 5.2.1; .ci/run installs
  # it): otactl firmware upload (8 MiB parts, 4 in flight, CRC32C per part, a HEAD
  # after Complete) against `aws s3 cp` with default settings. moto keeps objects in
  # memory, so each upload gets a fresh server.
  command -v aws >/dev/null || pip install -q awscli==1.45.11
  command -v moto_server >/dev/null || pip install -q 'moto[server,s3]==5.2.1' crc32c==2.9.post0
  local f=$work/up-moto-1g.bin
  head -c 1073741824 /dev/urandom > "$f"
  export OTACTL_KEY_DIR=$work/motokeys OTACTL_STORE=$work/up-moto.db AWS_ACCESS_KEY_ID=bench-ak AWS_SECRET_ACCESS_KEY=bench-secret-key-0123
  export OTACTL_BUCKET=firmware AWS_DEFAULT_REGION=us-east-1
  "$bin" -q keys generate --unencrypted >/dev/null
  "$bin" -q firmware sign "$f" --name bench --version 1 --hw x >/dev/null
  cat "$f" >/dev/null
  moto_up() {
    local port; port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
    moto_pid=$!
    export AWS_ENDPOINT_URL=http://127.0.0.1:$port
    for _ in $(seq 200); do curl -s -o /dev/null "$AWS_ENDPOINT_URL" && break; sleep 0.05; done
    curl -sf -X PUT "$AWS_ENDPOINT_URL/firmware" >/dev/null
  }
  local ours peer c0 c1 c2 c3
  moto_up
  c0=$(cpu_of "$moto_pid")
  ours=$(timed "$bin" -q firmware upload "$f")
  c1=$(cpu_of "$moto_pid")
  curl -sf -I "$AWS_ENDPOINT_URL/firmware/firmware/bench/1/$(sha256sum "$f" | cut -d' ' -f1)" >/dev/null \
    || { echo "upload-moto: otactl's object is not in the bucket" >&2; exit 1; }
  # Registered only when otactl's check after the upload passed (timed ignores the exit code).
  [ -n "$(sqlite3 "$OTACTL_STORE" "SELECT object_key FROM artifacts WHERE object_key IS NOT NULL")" ] \
    || { echo "upload-moto: otactl did not register the upload" >&2; exit 1; }
  kill "$moto_pid" 2>/dev/null || true; wait "$moto_pid" 2>/dev/null || true
  moto_up
  c2=$(cpu_of "$moto_pid")
  peer=$(timed aws --endpoint-url "$AWS_ENDPOINT_URL" s3 cp "$f" s3://firmware/aws-copy.bin --only-show-errors)
  c3=$(cpu_of "$moto_pid")
  curl -sf -I "$AWS_ENDPOINT_URL/firmware/aws-copy.bin" >/dev/null \
    || { echo "upload-moto: aws s3 cp's object is not in the bucket" >&2; exit 1; }
  kill "$moto_pid" 2>/dev/null || true; wait "$moto_pid" 2>/dev/null || true
  read -r ow oc om <<<"$ours"; read -r pw pc pm <<<"$peer"
  results+=("| upload 1 GiB to moto: wall s / client CPU s / max RSS MiB | $ow / $oc / $om | aws s3 cp: $pw / $pc / $pm | throughput $(ratio "$pw" "$ow"); CPU peer/otactl $(ratio "$pc" "$oc") |")
  results+=("| (moto's own CPU s while serving each upload) | $(python3 -c "print(f'{$c1-$c0:.2f}')") | $(python3 -c "print(f'{$c3-$c2:.2f}')") | |")
  rm -f "$f"
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
json_mib() { python3 -c "import json,sys;print(round(json.load(open(sys.argv[1]))['max_rss_mib']))" "$1"; }

row_dispatch() {
  # 100k commands: otactl signs each, writes it to the outbox with the job's move to
  # queued, publishes QoS 1 and marks row and job sent on PUBACK (end to end), against
  # mosquitto_pub -l -q 1 publishing the same 100k payloads to the same broker.
  mosquitto_up
  local n=100000 db=$work/dispatch.db
  OTACTL_STORE=$db "$dev" -q -o json --broker "$broker" --mqtt-client-id bench-dispatch \
    mqtt-bench dispatch --jobs $n --payloads "$work/payloads.txt" > "$work/dispatch.json"
  OTACTL_STORE=$work/dispatch-10k.db "$dev" -q -o json --broker "$broker" --mqtt-client-id bench-dispatch-10k \
    mqtt-bench dispatch --jobs 10000 > "$work/dispatch-10k.json"
  local ours sent; ours=$(json_field "$work/dispatch.json" per_second)
  local mem="$(json_mib "$work/dispatch-10k.json") / $(json_mib "$work/dispatch.json")"
  sent=$(sqlite3 "$db" "SELECT count(*) FROM jobs j JOIN outbox o ON o.job_id = j.id WHERE j.state = 'sent' AND o.state = 'sent'")
  [ "$sent" = "$n" ] || { echo "dispatch lost commands: $sent of $n sent" >&2; exit 1; }
  local t0 t1; t0=$(now)
  mosquitto_pub -h 127.0.0.1 -p "$port" -q 1 -t fleet/bench/update/command -l < "$work/payloads.txt"
  t1=$(now)
  local peer; peer=$(python3 -c "print(round($n/($t1-$t0)))")
  ours=$(python3 -c "print(round($ours))")
  results+=("| dispatch, 100k signed commands via outbox (msg/s) | $ours | mosquitto_pub -l -q 1: $peer | $(ratio "$ours" "$peer") |")
  results+=("| (dispatch peak memory, MiB, 10k / 100k commands) | $mem | | |")
}

row_ingest() {
  # 500k status messages queued at the broker for a persistent session: otactl
  # validates each, records it (dedupe, state machine, group commit) and acks after
  # the commit, against mosquitto_sub -q 1 -C 500000 draining the same queue.
  mosquitto_up
  local n=500000 jobs=100000 db=$work/ingest.db
  OTACTL_STORE=$db "$dev" -q --broker "$broker" --mqtt-client-id bench-ingest mqtt-bench ingest --prepare --jobs $jobs
  mosquitto_sub -h 127.0.0.1 -p "$port" -c -i bench-peer -q 1 -t 'fleet/+/update/status' -E
  OTACTL_STORE=$db "$dev" --broker "$broker" --mqtt-client-id bench-devices mqtt-bench publish-statuses --messages $n --jobs $jobs
  local t0 t1; t0=$(now)
  timeout 600 mosquitto_sub -h 127.0.0.1 -p "$port" -c -i bench-peer -q 1 -t 'fleet/+/update/status' -C $n > /dev/null
  t1=$(now)
  local peer; peer=$(python3 -c "print(round($n/($t1-$t0)))")
  OTACTL_STORE=$db "$dev" -o json --broker "$broker" --mqtt-client-id bench-ingest \
    mqtt-bench ingest --messages $n > "$work/ingest.json"
  local ours got; ours=$(python3 -c "print(round($(json_field "$work/ingest.json" per_second)))")
  got=$(sqlite3 "$db" "SELECT count(*) FROM status_events")
  [ "$got" = "$n" ] || { echo "ingest lost statuses: $got of $n recorded" >&2; exit 1; }
  # The same with a tenth of the messages, for the memory column.
  local small=$((n / 10))
  OTACTL_STORE=$work/ingest-small.db "$dev" -q --broker "$broker" --mqtt-client-id bench-ingest-small mqtt-bench ingest --prepare --jobs $jobs
  OTACTL_STORE=$work/ingest-small.db "$dev" --broker "$broker" --mqtt-client-id bench-devices mqtt-bench publish-statuses --messages $small --jobs $jobs
  OTACTL_STORE=$work/ingest-small.db "$dev" -o json --broker "$broker" --mqtt-client-id bench-ingest-small \
    mqtt-bench ingest --messages $small > "$work/ingest-small.json"
  results+=("| ingest, 500k statuses from a persistent session (msg/s) | $ours | mosquitto_sub -q 1 -C: $peer | $(ratio "$ours" "$peer") |")
  results+=("| (ingest peak memory, MiB, 50k / 500k statuses) | $(json_mib "$work/ingest-small.json") / $(json_mib "$work/ingest.json") | | |")
}

for r in "${rows[@]}"; do "row_$r"; done
echo
echo "| what | otactl | peer | otactl vs peer |"
echo "|---|---|---|---|"
printf '%s\n' "${results[@]}"
