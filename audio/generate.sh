#!/usr/bin/env bash
# The one command that makes Lantern's narration:
#
#     bash audio/generate.sh [PACK] [--force] [--only REGEX] [--dry-run]
#
# Installs ffmpeg + vorbis-tools with apt if missing (when root), creates or updates the venv
# (NARRATION_VENV, default /tmp/narration-venv) from audio/requirements.txt, then runs
# audio/generate.py with low priority. PACK defaults to the repository root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${NARRATION_VENV:-/tmp/narration-venv}"

need=()
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
command -v oggenc >/dev/null 2>&1 || need+=(vorbis-tools)
if ((${#need[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    echo "please install: ${need[*]} (apt-get install ${need[*]})" >&2
    exit 1
  fi
fi

want="$(sha256sum "$here/requirements.txt" | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" != "$want" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check -r "$here/requirements.txt"
  echo "$want" >"$venv/.requirements.sha256"
fi

export OMP_NUM_THREADS=1
exec nice -n 10 "$venv/bin/python" "$here/generate.py" "$@"
