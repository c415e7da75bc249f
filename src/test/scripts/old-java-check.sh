#!/bin/sh
# Scripted check: the packaged jar on a Java older than 21 prints one line naming the
# Java it needs (no stack trace) and exits 1. Build first: ./mvnw -B package -DskipTests
# Usage: src/test/scripts/old-java-check.sh [path/to/old/java] (default: java on PATH)
set -eu
java_cmd="${1:-java}"
jar="$(dirname "$0")/../../../target/agora.jar"
set +e
out="$("$java_cmd" -jar "$jar" </dev/null 2>&1)"
rc=$?
set -e
lines="$(printf '%s\n' "$out" | wc -l)"
if [ "$rc" -eq 1 ] && [ "$lines" -eq 1 ] && printf '%s' "$out" | grep -q "Agora needs Java 21 or newer"; then
	echo "ok: $out"
else
	echo "FAILED (exit $rc, $lines lines):"
	printf '%s\n' "$out"
	exit 1
fi
