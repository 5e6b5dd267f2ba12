#!/usr/bin/env bash
# `npm run test:example`: each example's own test suite against the packed tarball, as an app installs it:
# npm pack once, then per example (examples/*/): copy it to a scratch folder beside the tarball, npm install (from
# npm's cache when it can), vitest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/blooio-example-XXXXXX")"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
for example in "$root"/examples/*/; do
  name="$(basename "$example")"
  echo "== examples/$name"
  cp -R "$example" "$work/$name"
  rm -rf "$work/$name/node_modules" "$work/$name/package-lock.json"
  cp "$work/$tarball" "$work/$name/blooio-v4.tgz"
  (cd "$work/$name" && npm install --prefer-offline --no-audit --no-fund --loglevel=error && npx vitest run)
done
