#!/usr/bin/env bash
# Summarizes a JFR recording's execution samples: the top frames, and the top project frames.
set -eu  # no pipefail: head closes its pipe early by design
jfr="$1"
samples=$(mktemp)
jfr print --events jdk.ExecutionSample --stack-depth 64 "$jfr" > "$samples"
echo "== top frames (self) of $(grep -c 'jdk.ExecutionSample' "$samples") samples"
awk '/stackTrace = \[/{getline; sub(/^[ \t]+/, ""); sub(/line:.*/, ""); print}' "$samples" | sort | uniq -c | sort -rn | head -25
echo "== top org.juiceledger frames (first project frame on each stack)"
awk '/stackTrace = \[/{inside=1; found=0; next} inside && /org\.juiceledger/ && !found {l=$0; sub(/^[ \t]+/, "", l); sub(/line:.*/, "", l); print l; found=1} /^\]/{inside=0}' "$samples" \
  | sort | uniq -c | sort -rn | head -25
echo "== frames present on stacks (inclusive), top 40"
awk '/stackTrace = \[/{inside=1; delete seen; next} inside && /\(/ {l=$0; sub(/^[ \t]+/, "", l); sub(/line:.*/, "", l); if (!(l in seen)) {seen[l]=1; print l}} /^[ \t]*\]/{inside=0}' "$samples" \
  | sort | uniq -c | sort -rn | head -40
rm -f "$samples"
