# Finds a JDK 21 or newer and the heap's page options; sourced by bin/policy-search and
# bin/benchmark. Never hard-code a path.

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

# Options for the heap's memory pages: where Linux gives huge pages only on request (THP mode
# "madvise"), ask for them. Counting a broad search's facets and inverting a build's tokens read
# arrays of tens of megabytes at scattered places, which 2 MB pages cover with 512 times fewer
# translations than 4 KB pages: builds took 4.6-7.4 % less CPU, 1 GB first searches 2-10 % less
# time (docs/BENCHMARKS.md). In mode "always" the heap gets them anyway; in "never" the JVM would
# print a warning.
page_options() { # [THP mode file]
  local mode="${1:-/sys/kernel/mm/transparent_hugepage/enabled}"
  if [ -r "$mode" ] && grep -q '\[madvise\]' "$mode"; then
    echo "-XX:+UseTransparentHugePages"
  fi
}
