#!/usr/bin/env bash
# Installs what the end-to-end harness (test/e2e/run.mjs) needs, idempotently:
#   - Debian packages: chromium, ripgrep, libkrb5-dev, neovim (only those missing; neovim is for
#     test/neovim/run.mjs, the language server in a headless nvim)
#   - code-server (pinned) from the npm registry, into a tools folder outside the repo
#     ($NEWS_LENS_TOOLS, default $HOME/.cache/news-lens-e2e), skipped when already there.
# Downloads only from the npm registry and Debian. Runs as root (CI) or with sudo available.
# Prints the code-server binary path on its last line ("code-server: PATH").
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
# @vscode/ripgrep as pinned by that code-server's VS Code; its postinstall wants this file.
RG_PKG_VERSION="1.15.11"
RG_ASSET="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
TOOLS="${NEWS_LENS_TOOLS:-$HOME/.cache/news-lens-e2e}"
CS_DIR="$TOOLS/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

log() { echo "e2e-setup: $*" >&2; }
die() { echo "e2e-setup: ERROR: $*" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || die "only Linux is supported (found $(uname -s))"
[ "$(uname -m)" = x86_64 ] || die "only x86_64 is supported (found $(uname -m)); the ripgrep seed name is x86_64-specific"
command -v node >/dev/null || die "node is not on PATH"
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" = 20 ] || log "warning: code-server $CODE_SERVER_VERSION is built for Node 20, found $(node -v)"

# ---- Debian packages -------------------------------------------------------
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || die "not root and no sudo: cannot apt-get install"
  SUDO="sudo"
fi
missing=()
PKGS=(chromium ripgrep libkrb5-dev neovim)
command -v dpkg-query >/dev/null && command -v apt-get >/dev/null || die "not a Debian system (no dpkg-query/apt-get); install ${PKGS[*]} yourself"
for pkg in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq || die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 \
    || die "apt-get install ${missing[*]} failed"
else
  log "Debian packages present: ${PKGS[*]}"
fi
[ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after install"
RG="$(command -v rg || true)"
[ -n "$RG" ] || die "rg (ripgrep) missing after install"
command -v nvim >/dev/null || die "nvim (neovim) missing after install"

# ---- code-server ------------------------------------------------------------
installed_version() {
  [ -f "$CS_DIR/node_modules/code-server/package.json" ] || return 1
  node -p "require('$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null
}
if [ "$(installed_version || true)" = "$CODE_SERVER_VERSION" ] && [ -x "$CS_BIN" ] \
   && [ -f "$CS_DIR/.install-ok" ]; then
  log "code-server $CODE_SERVER_VERSION already installed in $CS_DIR"
else
  log "installing code-server $CODE_SERVER_VERSION into $CS_DIR (about a minute, ~300 MB)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # Seed @vscode/ripgrep's download cache with the system rg, so its postinstall does not
  # try to download from GitHub. It looks in $(os.tmpdir())/vscode-ripgrep-cache-VERSION/,
  # and extracts the tar.gz expecting 'rg' at the archive root.
  SEED_TMP="$CS_DIR/.tmp"
  mkdir -p "$SEED_TMP/vscode-ripgrep-cache-$RG_PKG_VERSION" "$SEED_TMP/rg-src"
  cp "$RG" "$SEED_TMP/rg-src/rg"
  chmod 755 "$SEED_TMP/rg-src/rg"
  tar -C "$SEED_TMP/rg-src" -czf "$SEED_TMP/vscode-ripgrep-cache-$RG_PKG_VERSION/$RG_ASSET" rg
  echo '{"private":true,"name":"news-lens-e2e-tools","version":"0.0.0"}' > "$CS_DIR/package.json"
  (
    cd "$CS_DIR"
    export TMPDIR="$SEED_TMP" TMP="$SEED_TMP" TEMP="$SEED_TMP"
    export npm_config_yes=true npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
    npm install --unsafe-perm --foreground-scripts --no-save "code-server@$CODE_SERVER_VERSION" > "$CS_DIR/install.log" 2>&1
  ) || { tail -40 "$CS_DIR/install.log" >&2; die "npm install code-server@$CODE_SERVER_VERSION failed (log: $CS_DIR/install.log)"; }
  [ "$(installed_version || true)" = "$CODE_SERVER_VERSION" ] || die "code-server package missing after install"
  [ -x "$CS_BIN" ] || die "code-server binary missing after install: $CS_BIN"
  touch "$CS_DIR/.install-ok"
  rm -rf "$SEED_TMP"
fi

# Smoke check: the binary runs and reports the pinned version.
# (--config to a throwaway file: otherwise the first run writes ~/.config/code-server/config.yaml
# and prints a log line before the version.)
ver_cfg="$(mktemp)"
ver_out="$("$CS_BIN" --config "$ver_cfg" --version 2>/dev/null | grep -m1 -E '^[0-9]+\.' || true)"
rm -f "$ver_cfg"
case "$ver_out" in
  "$CODE_SERVER_VERSION"*) log "code-server ok: $ver_out" ;;
  *) die "code-server --version printed '$ver_out', expected $CODE_SERVER_VERSION" ;;
esac
echo "code-server: $CS_BIN"
