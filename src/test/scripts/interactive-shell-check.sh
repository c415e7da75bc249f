#!/bin/bash
# Scripted check of the interactive shell on a real terminal (a pty from `script`): the
# banner says where logs go, no log line comes after it, an admin acts as another person
# and comes back, Tab completes an option key (not another command), and a button shows
# the command it stands for. Needs `script` (util-linux).
# Usage: src/test/scripts/interactive-shell-check.sh [command] (default: ./mvnw -B -q spring-boot:run)
#   START_WAIT=60 seconds to wait for the prompt (default 50)
set -u
cmd="${1:-./mvnw -B -q spring-boot:run}"
data="$(mktemp -d)"
out="$data/terminal.out"
wait="${START_WAIT:-50}"
(sleep "$wait"; printf '/agora as ola\r'; sleep 3; printf '/commit update C-1 sta\t\r'; sleep 3
	printf '/agora forget-me\r'; sleep 3; printf '/agora back\r'; sleep 3; printf '\004'; sleep 5) |
	AGORA_DATA_DIR="$data" timeout $((wait + 60)) script -q -c "$cmd" /dev/null >"$out" 2>&1
text="$(sed 's/\x1b\[[0-9;?]*[a-zA-Z$]//g' "$out" | tr -d '\r')"
after="$(printf '%s\n' "$text" | sed -n '/^.*Agora shell — you are/,$p')"
failed=0
check() {
	if printf '%s\n' "$after" | grep -qF -- "$1"; then echo "ok: $1"; else echo "MISSING: $1"; failed=1; fi
}
check "Logs go to $data/agora.log"
check "You are now ola"
check "/commit update is for officers"
check "[Erase me]  type /agora forget-me confirm"
check "You are shell-admin again."
if printf '%s\n' "$after" | grep -qE ' (INFO|WARN|ERROR) [0-9]+ --- '; then
	echo "FAILED: a log line came after the banner"; failed=1
fi
if printf '%s\n' "$after" | grep -qF '/panel\ start'; then
	echo "FAILED: Tab completed another command"; failed=1
fi
[ "$failed" -eq 0 ] && echo "interactive shell check passed" || { echo "see $out"; exit 1; }
