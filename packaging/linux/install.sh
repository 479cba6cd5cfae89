#!/usr/bin/env bash
# Per-user install of the built one-folder app on Linux (no root): the program in
# ~/.local/opt/caseapp, a `caseapp` command in ~/.local/bin, the menu entry and the icons.
# Vaults are never touched: they live in ~/.local/share/CaseApp. Uninstall: install.sh --remove.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
built="${1:-$root/dist/caseapp}"
prefix="$HOME/.local"
apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
  rm -rf "$prefix/opt/caseapp"
  rm -f "$prefix/bin/caseapp" "$apps/caseapp.desktop"
  for size in 16 24 32 48 64 128 256 512; do rm -f "$icons/${size}x${size}/apps/caseapp.png"; done
  rm -f "$icons/scalable/apps/caseapp.svg"
  echo "CaseApp removed. Your vaults in ~/.local/share/CaseApp were left as they are."
  exit 0
fi

[ -x "$built/caseapp" ] || { echo "No built app in $built: run 'make package' first." >&2; exit 2; }
mkdir -p "$prefix/opt" "$prefix/bin" "$apps"
rm -rf "$prefix/opt/caseapp"
cp -a "$built" "$prefix/opt/caseapp"
ln -sf "$prefix/opt/caseapp/caseapp" "$prefix/bin/caseapp"
sed "s|^Exec=caseapp|Exec=$prefix/bin/caseapp|" "$here/caseapp.desktop" > "$apps/caseapp.desktop"
for size in 16 24 32 48 64 128 256 512; do
  install -D -m 644 "$root/resources/icons/caseapp-$size.png" "$icons/${size}x${size}/apps/caseapp.png"
done
install -D -m 644 "$root/resources/icons/caseapp.svg" "$icons/scalable/apps/caseapp.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "CaseApp installed: menu entry 'CaseApp', command $prefix/bin/caseapp"
