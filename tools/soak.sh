#!/usr/bin/env bash
# Soak (issue 8): the client (Release build) in tmux connected to the demo MUD's `flood` for a long time,
# resident memory sampled every second. Not part of the test run (10 minutes by default).
#
#   tools/soak.sh [SECONDS] [OUTPUT]        defaults: 600 and soak-rss.txt
#
# OUTPUT gets a header (min/max, and the slope after the first minute, when the 10,000-line scrollback
# has long been full) and the curve: "seconds rss_kb" per line. A new flood starts whenever one ends.
set -euo pipefail
seconds=${1:-600}
output=${2:-soak-rss.txt}
root=$(cd "$(dirname "$0")/.." && pwd)
dll="$root/src/TelnetTui/bin/Release/net10.0/telnettui.dll"
warmup=60

dotnet build "$root/src/TelnetTui/TelnetTui.csproj" -c Release --nologo -v quiet >/dev/null
work=$(mktemp -d /tmp/telnettui-soak.XXXXXX)
socket="soak$$"
server=""
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/config/telnettui"
printf '[ui.panes]\nbook = { open = false, size = 30 }\ninspector = { open = false, size = 40 }\nscripts = { open = false, size = 30 }\n' > "$work/config/telnettui/config.toml"
: > "$work/config/telnettui/book.toml"

dotnet "$dll" serve --port 0 > "$work/server.out" 2> "$work/server.err" &
server=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/server.out" 2>/dev/null && break; sleep 0.2; done
port=$(sed -n 's/^listening on .*:\([0-9]*\)$/\1/p' "$work/server.out")
[ -n "$port" ] || { echo "soak: the demo server did not start" >&2; exit 1; }

tmux -L "$socket" -f /dev/null new-session -d -s main -x 120 -y 40 \
    -e HOME="$work" -e XDG_CONFIG_HOME="$work/config" -e XDG_STATE_HOME="$work/state" -e XDG_DATA_HOME="$work/data" \
    "dotnet '$dll' 127.0.0.1 $port"
screen() { tmux -L "$socket" capture-pane -p -t main; }
wait_for() { for _ in $(seq 300); do screen | grep -qF -- "$1" && return 0; sleep 0.2; done; echo "soak: no '$1' on screen" >&2; screen >&2; exit 1; }

wait_for "Your choice"
tmux -L "$socket" send-keys -t main m Enter
wait_for "/100hp"
shell=$(tmux -L "$socket" display-message -p -t main '#{pane_pid}')
pid=$(pgrep -f "telnettui.dll 127.0.0.1 $port" | head -1)
[ -n "$pid" ] || pid=$shell

flood() { tmux -L "$socket" send-keys -t main "flood 9G" Enter; }
flood
curve="$work/curve"
: > "$curve"
floods=1
for t in $(seq 1 "$seconds"); do
    sleep 1
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    echo "$t $rss" >> "$curve"
    if screen | grep -qF "[flood done:"; then
        tmux -L "$socket" send-keys -t main C-u
        flood
        floods=$((floods + 1))
    fi
done
tmux -L "$socket" send-keys -t main M-x

awk -v warmup="$warmup" -v seconds="$seconds" -v floods="$floods" '
    { t[NR] = $1; r[NR] = $2; if (NR == 1 || $2 < min) min = $2; if ($2 > max) max = $2;
      if ($1 > warmup) { n++; sx += $1; sy += $2; sxx += $1 * $1; sxy += $1 * $2;
                         if (n == 1 || $2 < lmin) lmin = $2; if ($2 > lmax) lmax = $2 } }
    END {
        slope = (n > 1) ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : 0;
        printf "# telnettui soak: demo MUD flood in tmux 120x40, %d s, %d flood command(s), RSS sampled each second\n", seconds, floods;
        printf "# rss_kb min %d max %d (whole run)\n", min, max;
        printf "# after %d s (scrollback full): min %d max %d, slope %.1f KB/min\n", warmup, lmin, lmax, slope * 60;
        printf "# seconds rss_kb\n";
        for (i = 1; i <= NR; i++) print t[i], r[i];
    }' "$curve" > "$output"
head -4 "$output"
