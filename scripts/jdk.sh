# Sourced by the launcher, scripts/mvn and .ci/run: points JAVA_HOME at a JDK >= 21.
# Order: an existing JAVA_HOME that is new enough, then Temurin JDKs under /usr/lib/jvm, then any other JDK there.
# Fails with a clear message (exit status 3) when none is found. CITYGOV_JVM_DIR replaces /usr/lib/jvm (for tests).

citygov_java_feature() {  # prints the feature release of the JDK at $1, e.g. 21
  local release="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  if [ -f "$release" ]; then
    v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
  fi
  if [ -z "${v:-}" ]; then
    v=$("$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  fi
  [ -n "$v" ] && echo "$v"
}

citygov_find_jdk() {
  local min=21 candidate v dir="${CITYGOV_JVM_DIR:-/usr/lib/jvm}"
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(citygov_java_feature "$JAVA_HOME") || v=0
    if [ "${v:-0}" -ge "$min" ]; then return 0; fi
  fi
  for candidate in "$dir"/temurin-* "$dir"/*; do
    [ -d "$candidate" ] || continue
    v=$(citygov_java_feature "$candidate") || continue
    if [ "${v:-0}" -ge "$min" ]; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  echo "citygov: no JDK $min or newer found (JAVA_HOME=${JAVA_HOME:-unset}; looked under $dir)." >&2
  echo "citygov: install one (e.g. a Temurin JDK 21+) or point JAVA_HOME at it." >&2
  return 3
}
