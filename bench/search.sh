#!/usr/bin/env bash
# Search latency at 100,000 searchable rows in one tenant, with 50 clients or (bash bench/search.sh 1m)
# 1,000,000 (docs/performance.md, "Search"). Needs the local PostgreSQL (or PORTAL_TEST_DB_URL, _USER,
# _PASSWORD); creates and drops a database of its own, or reuses and keeps SEARCH_BENCH_DB.
# BENCH_MAVEN_REPO points Maven at another local repository.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=()
if [[ -n "${BENCH_MAVEN_REPO:-}" ]]; then
  repo=("-Dmaven.repo.local=$BENCH_MAVEN_REPO")
fi
mvn -o -q -Dstyle.color=never "${repo[@]}" -Psearch-bench -pl adapters-persistence -am process-test-classes \
  -Dexec.args="${1:-}"
