#!/usr/bin/env bash
# The test command named in README.md (and called by .ci/run): installs the programs the tests
# drive (tmux, real telnet peers, reference emulators, Unicode data), then runs every test project.
# Extra arguments go to `dotnet test` (for example: --filter 'FullyQualifiedName~Toml').
set -euo pipefail
cd "$(dirname "$0")"

packages=(tmux tinymux inetutils-telnetd inetutils-telnet libtelnet-utils vttest python3 python3-pyte unicode-data)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "test.sh: installing ${missing[*]}"
  if ! { DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq &&
         DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
    echo "test.sh: could not install ${missing[*]}" >&2
    # Under CI a missing tool is a failure; on a developer machine the tests that need it report that they did not run.
    [ "${CI:-}" = "true" ] && exit 1
  fi
fi

# One test project at a time (-m:1): several projects check time limits (key latency during a flood, the
# chaos scenarios' per-message CPU), and on a 2-core machine a neighbouring project's servers and floods
# would take the CPU those measurements are about. The build before it still uses every core.
# A hung test fails the run after 15 minutes instead of eating CI's budget.
dotnet build TelnetTui.sln --nologo -v quiet
dotnet test TelnetTui.sln --no-build -m:1 --blame-hang-timeout 15m --blame-hang-dump-type none "$@"

# The emulator picks AVX-512, AVX2 or scalar code at run time; a full run also checks the paths this CPU
# did not take, by running the emulator's tests again with the wider instruction sets switched off.
if (($# == 0)); then
  for off in "DOTNET_EnableAVX512=0" "DOTNET_EnableAVX512=0 DOTNET_EnableAVX2=0"; do
    echo "test.sh: emulator tests with $off"
    env $off dotnet test tests/TelnetTui.Terminal.Tests --no-build --blame-hang-timeout 15m --blame-hang-dump-type none
  done
fi
