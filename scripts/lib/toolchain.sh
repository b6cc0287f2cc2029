# Shared by scripts/start and scripts/test: the pinned pnpm and the dependencies, on Node 20.
# Sourced, not run.

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo_root"

pinned_pnpm="$(node -p "require('./package.json').packageManager.split('@')[1]")"

require_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Steward needs Node.js 20 (https://nodejs.org). Install it, then run this again." >&2
    exit 1
  fi
  local major
  major="$(node -p 'process.versions.node.split(".")[0]')"
  if [ "$major" != "20" ]; then
    echo "Steward is built and tested on Node.js 20; this is $(node -v). Other versions may work, but are not supported." >&2
  fi
}

# The pnpm of packageManager, installed with npm: globally when allowed, else into .steward/tools.
ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$pinned_pnpm" ]; then
    return
  fi
  if [ -x "$repo_root/.steward/tools/node_modules/.bin/pnpm" ] &&
    [ "$("$repo_root/.steward/tools/node_modules/.bin/pnpm" --version)" = "$pinned_pnpm" ]; then
    export PATH="$repo_root/.steward/tools/node_modules/.bin:$PATH"
    return
  fi
  echo "Installing pnpm $pinned_pnpm ..."
  if npm install --global --no-fund --no-audit "pnpm@$pinned_pnpm" >/dev/null 2>&1 &&
    [ "$(pnpm --version 2>/dev/null)" = "$pinned_pnpm" ]; then
    return
  fi
  # No permission for a global install (or another pnpm earlier on PATH): keep it in the repo.
  npm install --prefix "$repo_root/.steward/tools" --no-fund --no-audit --no-save "pnpm@$pinned_pnpm" >/dev/null
  export PATH="$repo_root/.steward/tools/node_modules/.bin:$PATH"
}

install_dependencies() {
  pnpm install --frozen-lockfile --prefer-offline
}
