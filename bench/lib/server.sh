# Shared by the benchmark scripts (sourced, not run): a Liberty server of their own
# (mynacard-bench, ports 9081/9444, heap capped by BENCH_XMX) on a fresh PostgreSQL database, a
# generated registry, and one job run at a time with its figures (job time from the execution's
# start and end, peak heap from jstat, CPU of the server and of PostgreSQL).
#
# Environment: BENCH_RESIDENTS (1000000), BENCH_XMX (1g), PGHOST (127.0.0.1), PGPORT (5432),
#   BENCH_DB (mynacard_bench), BENCH_SERVER_ENV (more server.env lines, e.g. the mail server).
#   The PostgreSQL role mynacard must exist (see README); the database (byte-order collation, as
#   README says) is dropped and created again.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
residents="${BENCH_RESIDENTS:-1000000}"
xmx="${BENCH_XMX:-1g}"
db="${BENCH_DB:-mynacard_bench}"
pg_host="${PGHOST:-127.0.0.1}"
pg_port="${PGPORT:-5432}"
server=mynacard-bench
server_dir="$root/target/liberty/wlp/usr/servers/$server"
https=9444
out="$root/target/bench"
input="$out/registry-$residents.csv"
mkdir -p "$out"
cd "$root"

# Builds the application into the bench server, generates the registry (once per size), starts
# the server on a fresh database.
bench_server_up() {
  echo "== build and server $server"
  mvn -q -B -DskipTests -Dmynacard.server="$server" package liberty:create liberty:deploy
  operator_password="bench-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
  {
    grep '^keystore_password=' "$server_dir/server.env" || true
    echo "MYNACARD_OPERATOR_PASSWORD=$operator_password"
    echo "MYNACARD_DB=postgresql"
    echo "MYNACARD_DB_HOST=$pg_host"
    echo "MYNACARD_DB_PORT=$pg_port"
    echo "MYNACARD_DB_NAME=$db"
    echo "MYNACARD_DB_USER=mynacard"
    echo "MYNACARD_IMPORT_ROOT=$out"
    echo "MYNACARD_EXPORT_ROOT=$out"
    echo "MYNACARD_HTTP_PORT=9081"
    echo "MYNACARD_HTTPS_PORT=$https"
    echo "MYNACARD_SCHEDULE_ENABLED=false"
    if [ -n "${BENCH_SERVER_ENV:-}" ]; then printf '%s\n' "$BENCH_SERVER_ENV"; fi
  } > "$server_dir/server.env.new"
  mv "$server_dir/server.env.new" "$server_dir/server.env"
  echo "-Xmx$xmx" > "$server_dir/jvm.options"

  if [ ! -f "$input" ]; then
    echo "== generating $residents residents"
    java -cp "$root/target/mynacard-lifecycle/WEB-INF/classes:$root/target/mynacard-lifecycle/WEB-INF/lib/*" \
      jp.mynacard.demo.DemoRegistryGenerator --residents "$residents" --seed 7 \
      --reference 2026-04-01 --out "$input"
  fi

  echo "== fresh database $db"
  target/liberty/wlp/bin/server stop "$server" >/dev/null 2>&1 || true
  bench_psql postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db OWNER mynacard ENCODING 'UTF8' LC_COLLATE 'C' TEMPLATE template0"
  target/liberty/wlp/bin/server start "$server" >/dev/null
  trap 'target/liberty/wlp/bin/server stop "$server" >/dev/null 2>&1 || true' EXIT
  for _ in $(seq 1 120); do
    [ "$(curl -sk -o /dev/null -w '%{http_code}' "https://localhost:$https/api/v1/validity/preview")" = 401 ] && break
    sleep 1
  done
  server_pid="$(cat "$root/target/liberty/wlp/usr/servers/.pid/$server.pid")"
  export MYNACARD_OPERATOR_PASSWORD="$operator_password" MYNACARD_BATCH_MANAGER="localhost:$https" \
    MYNACARD_APPLICATION=mynacard-lifecycle
}

# psql as the superuser on the given database, stopping at the first error.
bench_psql() {
  local database="$1"
  shift
  psql -h "$pg_host" -p "$pg_port" -U postgres -d "$database" -q -v ON_ERROR_STOP=1 "$@"
}

# Cumulative CPU seconds of the server JVM and of all PostgreSQL processes, and the clock tick.
bench_cpu() {
  local tck j g=0 p
  tck="$(getconf CLK_TCK)"
  j=$(awk '{print $14+$15}' "/proc/$server_pid/stat")
  for p in $(pgrep -x postgres); do g=$((g + $(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo "$j $g $tck"
}

# bench_job <label> <rows> <jobName> [name=value ...]: runs the job, prints its figures, and
# leaves the job time in seconds in $job_seconds. <rows> is a number, or "letters" for the
# letters count of the job's summary line.
bench_job() {
  local label="$1" rows="$2" job="$3" status before after
  shift 3
  echo "== $label: $job $*"
  jstat -gc "$server_pid" 500 > "$out/$label.jstat" &
  local jstat_pid=$!
  before="$(bench_cpu)"
  set +e
  src/main/scripts/batch-job "$job" "$@" > "$out/$label.log" 2>&1
  status=$?
  set -e
  after="$(bench_cpu)"
  kill "$jstat_pid" 2>/dev/null || true
  wait "$jstat_pid" 2>/dev/null || true
  local joblog summary=/dev/null
  joblog="$(sed -n 's/.*"logpath":"\([^"]*\)".*/\1/p' "$out/$label.log" | tail -1)"
  if [ -n "$joblog" ]; then
    grep -rh "summary:" "$joblog" > "$out/$label.summary" || true
    summary="$out/$label.summary"
  fi
  python3 "$root/bench/lib/figures.py" "$rows" "$status" "$before" "$after" "$out/$label.log" \
    "$out/$label.jstat" "$xmx" "$summary" > "$out/$label.figures"
  cat "$out/$label.figures"
  job_seconds="$(sed -n 's/^job time *\([0-9.]*\) s.*/\1/p' "$out/$label.figures")"
}
