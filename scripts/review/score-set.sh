#!/usr/bin/env bash
# Usage: score-set.sh BUILD_DIR SET [--verbose] — runs BUILD's CLI over $VNPRESS_NOTES/sets/SET and scores it against
# $VNPRESS_NOTES/gold/SET with the shared scorer. Sets and golds live outside the repository (the corpus is not ours to copy).
set -euo pipefail
notes=${VNPRESS_NOTES:-/work/notes}; shared=${VNPRESS_SHARED:-/work/shared}
build=$1; set=$2; shift 2
out=$(mktemp /tmp/score-$set-XXXX.jsonl)
node "$build/bin/vnpress.js" extract "$notes/sets/$set" -f ndjson --jobs 1 --ordered --out "$out"
node "$shared/eval/score.mjs" --gold "$notes/gold/$set" --pred "$out" "$@"
