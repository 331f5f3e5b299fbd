#!/usr/bin/env bash
# Make sure a Java runtime (17 or newer) is on this machine for the local Spark session of the
# test suite (tests/test_spark_session.py). Installs Debian's headless JRE when java is missing
# and we may (root with apt-get); prints the java found.
set -euo pipefail

if command -v java >/dev/null 2>&1; then
    command -v java
    exit 0
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "no Java runtime; install one (Debian: apt-get install openjdk-17-jre-headless)" >&2
    exit 1
fi

echo "installing a Java runtime from the Debian packages..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2
apt-get install -y -qq openjdk-17-jre-headless >&2
command -v java
