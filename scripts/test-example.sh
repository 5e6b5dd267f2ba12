#!/usr/bin/env bash
# `npm run test:example`: examples/app's own test suite against the packed tarball, as an app installs it:
# npm pack, copy the app to a scratch folder beside the tarball, npm install (from npm's cache when it can), vitest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/blooio-example-XXXXXX")"
trap 'rm -rf "$work"' EXIT
tarball="$(cd "$root" && npm pack --silent --pack-destination "$work" | tail -n 1)"
cp -R "$root/examples/app" "$work/app"
rm -rf "$work/app/node_modules" "$work/app/package-lock.json"
mv "$work/$tarball" "$work/app/blooio-v4.tgz"
cd "$work/app"
npm install --prefer-offline --no-audit --no-fund --loglevel=error
npx vitest run
