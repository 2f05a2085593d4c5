#!/usr/bin/env bash
# A private PostgreSQL server for the tests, from Debian's postgresql package.
#   e2e/postgres.sh start DIR PORT   creates (initdb) and starts a server in DIR on 127.0.0.1:PORT,
#                                    with user/password homeport/homeport
#   e2e/postgres.sh stop DIR
set -euo pipefail
cmd=$1 dir=$2
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

as_db_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    port=$3
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      printf 'homeport\n' > "$dir.pw" && { [ "$(id -u)" -ne 0 ] || chown postgres "$dir.pw"; }
      as_db_user "$bin/initdb" -D "$dir" -U homeport --pwfile="$dir.pw" -A scram-sha-256 >/dev/null
      rm -f "$dir.pw"
    fi
    as_db_user "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
    ;;
  stop)
    as_db_user "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
