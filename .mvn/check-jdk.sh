#!/bin/sh
# Run by ./mvnw before Maven starts: the build compiles and tests with a JDK 21 or newer that
# maven-toolchains-plugin finds by itself. When the machine has none, say so in one line
# instead of Maven's multi-line toolchain error. A ~/.m2/toolchains.xml is trusted as is.
[ -f "${HOME}/.m2/toolchains.xml" ] && exit 0
major() { sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9]*\).*/\1/p' "$1" 2>/dev/null | head -n 1; }
candidates=""
for var in $(env | sed -n 's/^\(JAVA[A-Z0-9_]*_HOME\)=.*/\1/p'); do
  eval "candidates=\"\$candidates \${$var}\""
done
java_on_path=$(command -v java 2>/dev/null) && candidates="$candidates $(dirname "$(dirname "$(readlink -f "$java_on_path")")")"
for home in $candidates /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME}"/.sdkman/candidates/java/* "${HOME}"/.jdks/*; do
  version=$(major "$home/release")
  if [ -n "$version" ] && [ "$version" -ge 21 ] && [ -x "$home/bin/javac" ]; then
    exit 0
  fi
done
echo "Agora needs a JDK 21 or newer and found none: install one (e.g. Temurin 21) or point JAVA_HOME at it." >&2
exit 1
