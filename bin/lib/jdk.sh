# Finds a JDK 21 or newer; sourced by bin/policy-search and bin/benchmark. Never hard-code a path.

java_version() { # major version of a java binary, or 0
  local v
  v=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}') || true
  echo "${v:-0}" | cut -d. -f1
}

find_java() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  local d
  for d in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/java" ] && candidates+=("$d/bin/java")
  done
  local c
  for c in "${candidates[@]}"; do
    if [ "$(java_version "$c")" -ge 21 ] 2>/dev/null; then
      echo "$c"
      return 0
    fi
  done
  return 1
}
