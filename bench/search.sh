#!/usr/bin/env bash
# Search latency at 100,000 searchable rows in one tenant (docs/performance.md, "Search"). Needs the
# local PostgreSQL (or PORTAL_TEST_DB_URL, _USER, _PASSWORD); creates and drops a database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q -Dstyle.color=never -Psearch-bench -pl adapters-persistence -am process-test-classes
