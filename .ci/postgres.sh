# Sourced by .ci/run (and usable by hand): a throwaway PostgreSQL 15 + pgvector cluster on a loopback port.
# pg_install: Debian packages and pgvector from ../shared/vendor (skipped when already there).
# pg_start: initdb as `postgres` in a temp dir, start on 127.0.0.1, export TEST_DATABASE_URL. pg_stop: stop, remove.

PG_BIN=/usr/lib/postgresql/15/bin
PGVECTOR_TARBALL="${PGVECTOR_TARBALL:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/../shared/vendor/pgvector-0.8.1.tar.gz}"

PG_PACKAGES=(postgresql-15 postgresql-server-dev-15 build-essential)

pg_install() {
  local installed
  installed="$(dpkg-query -W -f='${Status}\n' "${PG_PACKAGES[@]}" 2>/dev/null | grep -c 'install ok installed' || true)"
  if [ "$installed" != "${#PG_PACKAGES[@]}" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${PG_PACKAGES[@]}" >/dev/null
  fi
  local extdir
  extdir="$("$PG_BIN/pg_config" --sharedir)/extension"
  if [ ! -f "$extdir/vector.control" ]; then
    local src
    src="$(mktemp -d)"
    tar xzf "$PGVECTOR_TARBALL" -C "$src"
    make -s -C "$src/pgvector-0.8.1" OPTFLAGS="" PG_CONFIG="$PG_BIN/pg_config" >/dev/null
    make -s -C "$src/pgvector-0.8.1" install PG_CONFIG="$PG_BIN/pg_config" >/dev/null
    rm -rf "$src"
  fi
}

# Runs a command as the postgres user when we are root (initdb refuses root), else as ourselves.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  PG_TMP="$(mktemp -d /tmp/tradepilot-pg.XXXXXX)"
  [ "$(id -u)" = 0 ] && chown postgres "$PG_TMP"
  pg_as_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
  local port attempt
  for attempt in 1 2 3; do # a random loopback port; another one if it is taken
    port="${PG_PORT:-$(shuf -i 20000-40000 -n 1)}"
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/server.log" -w \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_TMP -c max_connections=200 -c fsync=off" start >/dev/null &&
      break
    [ "$attempt" = 3 ] && { cat "$PG_TMP/server.log" >&2; return 1; }
  done
  export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL 15 + pgvector on 127.0.0.1:$port (data in $PG_TMP)"
}

pg_stop() {
  if [ -n "${PG_TMP:-}" ] && [ -d "$PG_TMP/data" ]; then
    pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_TMP"
  fi
}
