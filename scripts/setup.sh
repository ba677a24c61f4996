#!/usr/bin/env bash
# Installs what ergraph needs (Debian packages), builds it, and runs the main
# job on the bundled sample corpus: data/corpus -> graphs/ (scripts/graphs.sh).
#   scripts/setup.sh            everything
#   SKIP_APT=1 scripts/setup.sh build and run only (packages already there)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake pkg-config
  libigraph-dev libgraphviz-dev libcjson-dev libutf8proc-dev
  libyajl-dev                   # graph files are read streamed (yajl 2), in bounded memory
  iso-codes
  graphviz                      # the dot program, used by the tests to read DOT back
  python3 python3-networkx python3-scipy   # the independent reference in the tests
  libxml2-dev                   # saved web pages (.html) are read with its HTML parser
  nettle-dev                    # SHA-256 of the gazetteers and word lists a shard part records
  python3-igraph                # the tests read the GraphML and GML exports back with it
  libxml2-utils                 # xmllint: the tests validate GraphML and GEXF against their schemas
  poppler-utils                 # pdftotext: the tests find the names on the PDF page
  wbritish wamerican            # scripts/dictionary-words: data/lists/dictionary-en.txt, checked by a test
  hunspell-id                   # scripts/dictionary-words: data/lists/dictionary-id.txt, checked by a test
  chromium chromium-driver      # the tests drive the HTML page in headless Chromium
  fonts-dejavu-core             # the font the drawings name
  util-linux                    # setpriv, for the permission tests when run as root
  valgrind                      # scripts/test.sh: no leaks, no memory errors
  time                          # scripts/bench.sh: /usr/bin/time for peak memory
  man-db groff-base             # man ./doc/ergraph.1; tests/e2e/docs.sh checks its markup
  munge slurmctld slurmd slurm-client   # tests/e2e/slurm.sh runs scripts/slurm on a one-node cluster
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${SKIP_APT:-0}" != 1 ] && [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "setup: these Debian packages are missing: ${missing[*]}" >&2
    echo "setup: run as root, or install them first:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"

scripts/graphs.sh build/ergraph
