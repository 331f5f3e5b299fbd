#!/usr/bin/env bash
# Make sure PostgreSQL's server programs (initdb, pg_ctl, postgres) are on this machine, so that
# the test suite can start a throw-away cluster (tests/conftest.py). Installs Debian's package
# when they are missing and we may (root with apt-get); prints the folder that holds them.
set -euo pipefail

find_bindir() {
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v pg_ctl)")"
        return 0
    fi
    # Debian keeps the server programs off PATH, one folder per major version; take the newest.
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
        echo "$dir"
        return 0
    fi
    return 1
}

if bindir=$(find_bindir); then
    echo "$bindir"
    exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL server programs not found; install them (Debian: apt-get install postgresql)" >&2
    exit 1
fi

echo "installing PostgreSQL from the Debian packages..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq postgresql >&2
# The package may start its own cluster; the tests never use it and start their own.
find_bindir
