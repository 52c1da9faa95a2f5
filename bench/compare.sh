#!/usr/bin/env bash
# Dagwijzer against nlp.js, in one run on one machine: a cold first answer and 3,600 questions on standard input,
# 10 rounds, interleaved, for the plain `java -jar` and three JVM set-ups; then the peak RSS of a cold ask, the
# start-up breakdown and the in-process latency after warm-up (`bench`).
#
#   bench/compare.sh            # from anywhere; needs Java 17, Maven, Node 20 + npm, /usr/bin/time
#
# Settings (environment): ROUNDS (10), QUESTIONS (3600), SKIP_BUILD=1 (use the jar in target/ as it is),
# NLPJS_HARNESS (the nlp.js harness to copy, default ../shared/peers/nlpjs beside the repository), BEFORE_JAR (an
# older dagwijzer.jar to run as one more variant, plain java -jar, e.g. one built from an earlier commit).
# Everything it makes stays in target/bench/ and target/nlpjs/. Not part of `mvn verify`: it needs npm.
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-10}
QUESTIONS=${QUESTIONS:-3600}
HARNESS=${NLPJS_HARNESS:-../shared/peers/nlpjs}
JAR=target/dagwijzer.jar
OUT=target/bench
QUESTION="wanneer is de lunch?"
FAST_FLAGS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)

for tool in java node npm; do
  command -v "$tool" >/dev/null || { echo "compare.sh: $tool is needed" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "compare.sh: /usr/bin/time is needed (Debian: apt-get install time)" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building $JAR ..."
  mvn -B -q -DskipTests package
fi
mkdir -p "$OUT"

# The peer, installed exactly as its lock file pins it (once; again when the lock file changes).
if ! cmp -s "$HARNESS/package-lock.json" target/nlpjs/package-lock.json 2>/dev/null \
    || [ ! -d target/nlpjs/node_modules ]; then
  echo "installing the nlp.js harness from $HARNESS into target/nlpjs (npm ci) ..."
  rm -rf target/nlpjs && mkdir -p target/nlpjs
  cp "$HARNESS/package.json" "$HARNESS/package-lock.json" "$HARNESS/classify.js" target/nlpjs/
  (cd target/nlpjs && npm ci --silent --no-audit --no-fund)
fi

# 3,600 questions: every question of the repository's question sets, repeated as needed.
cut -f2 src/test/resources/questions/*.tsv | grep -v '^#' | sed -e 's/^+ //' -e '/^[[:space:]]*$/d' > "$OUT/set.txt"
while [ "$(wc -l < "$OUT/set.txt")" -lt "$QUESTIONS" ]; do cat "$OUT/set.txt" "$OUT/set.txt" > "$OUT/twice.txt"; \
  mv "$OUT/twice.txt" "$OUT/set.txt"; done
head -n "$QUESTIONS" "$OUT/set.txt" > "$OUT/questions.txt"
echo "$(wc -l < "$OUT/questions.txt") questions in $OUT/questions.txt"

# A class-data-sharing archive of what `ask` loads, made by one training run (the Dockerfile does the same).
rm -f "$OUT/dagwijzer.jsa"
head -n 50 "$OUT/questions.txt" | java -XX:ArchiveClassesAtExit="$OUT/dagwijzer.jsa" -jar "$JAR" ask --json \
  > /dev/null 2> "$OUT/cds.log"
CDS=(-XX:SharedArchiveFile="$OUT/dagwijzer.jsa")

declare -A VARIANT=(
  [before]=""
  [plain]=""
  [flags]="${FAST_FLAGS[*]}"
  [cds]="${CDS[*]}"
  [cds+flags]="${CDS[*]} ${FAST_FLAGS[*]}"
)
ORDER=(plain flags cds cds+flags)
if [ -n "${BEFORE_JAR:-}" ]; then
  ORDER=(before "${ORDER[@]}")
fi

# run NAME KIND CMD...: times one run (ms, to $OUT/NAME-KIND.ms) and its peak RSS (KiB, to $OUT/NAME-KIND.rss).
# A cold run reads its question from the command line (ours) or one line of input (nlp.js); bulk reads the file.
run() {
  local name=$1 kind=$2; shift 2
  local input="$OUT/questions.txt" start end
  [ "$kind" = cold ] && input="$OUT/one.txt"
  start=$(date +%s%N)
  /usr/bin/time -v -o "$OUT/time.txt" "$@" < "$input" > "$OUT/last-$name-$kind.out" 2> "$OUT/last-$name-$kind.err"
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >> "$OUT/$name-$kind.ms"
  awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/time.txt" >> "$OUT/$name-$kind.rss"
  awk -F': ' '/User time|System time/ {s += $2} END {printf "%d\n", s * 1000}' "$OUT/time.txt" >> "$OUT/$name-$kind.cpu"
}
echo "$QUESTION" > "$OUT/one.txt"

ours() {  # ours VARIANT KIND
  local flags
  read -r -a flags <<< "${VARIANT[$1]}"
  local jar=$JAR
  [ "$1" = before ] && jar=$BEFORE_JAR
  if [ "$2" = cold ]; then
    run "$1" cold java ${flags[@]+"${flags[@]}"} -jar "$jar" ask "$QUESTION"
  else
    run "$1" bulk java ${flags[@]+"${flags[@]}"} -jar "$jar" ask --json
  fi
}

nlpjs() {  # nlpjs KIND: trains on the same intents/, then classifies every input line
  run nlpjs "$1" node target/nlpjs/classify.js intents
}

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }
LOAD_BEFORE=$(load)
rm -f "$OUT"/*.ms "$OUT"/*.rss "$OUT"/*.cpu
echo "warming the file cache ..."
ours plain cold; nlpjs cold; rm -f "$OUT"/*.ms "$OUT"/*.rss "$OUT"/*.cpu
for round in $(seq 1 "$ROUNDS"); do
  printf 'round %d/%d\r' "$round" "$ROUNDS" >&2
  # Rotate who goes first, so neither side always runs on a machine the other just warmed.
  if (( round % 2 )); then nlpjs cold; fi
  for v in "${ORDER[@]}"; do ours "$v" cold; done
  if (( round % 2 == 0 )); then nlpjs cold; fi
  if (( round % 2 )); then nlpjs bulk; fi
  for v in "${ORDER[@]}"; do ours "$v" bulk; done
  if (( round % 2 == 0 )); then nlpjs bulk; fi
done
echo >&2

grep -q '^De lunch' "$OUT/last-plain-cold.out" || { echo "unexpected answer: $(cat "$OUT/last-plain-cold.out")" >&2; exit 1; }
[ "$(wc -l < "$OUT/last-plain-bulk.out")" -eq "$QUESTIONS" ] || { echo "ask --json did not answer every line" >&2; exit 1; }
[ "$(wc -l < "$OUT/last-nlpjs-bulk.out")" -eq "$QUESTIONS" ] || { echo "nlp.js did not answer every line" >&2; exit 1; }

stats() {  # median min max of a file of numbers
  sort -n "$1" | awk '{v[NR]=$1} END {m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; printf "%d %d %d", m, v[1], v[NR]}'
}

report() {  # report KIND TITLE
  local base cpubase
  read -r base _ _ <<< "$(stats "$OUT/nlpjs-$1.ms")"
  read -r cpubase _ _ <<< "$(stats "$OUT/nlpjs-$1.cpu")"
  echo
  echo "$2 ($ROUNDS runs each; wall-clock ms, ratio = median / nlp.js median; CPU = user + system ms, median)"
  printf '  %-28s %7s %7s %7s %7s %7s %9s\n' "" median min max ratio CPU "CPU ratio"
  for name in nlpjs "${ORDER[@]}"; do
    read -r med min max <<< "$(stats "$OUT/$name-$1.ms")"
    read -r cpu _ _ <<< "$(stats "$OUT/$name-$1.cpu")"
    printf '  %-28s %7d %7d %7d %7.2f %7d %9.2f\n' \
      "$([ "$name" = nlpjs ] && echo "nlp.js (node-nlp 4.27)" || echo "dagwijzer $name")" "$med" "$min" "$max" \
      "$(awk -v a="$med" -v b="$base" 'BEGIN {print a / b}')" "$cpu" \
      "$(awk -v a="$cpu" -v b="$cpubase" 'BEGIN {print a / b}')"
  done
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), node $(node --version);" \
  "load average (1, 5, 15 min) before the rounds: $LOAD_BEFORE, after: $(load)"
echo "variants: plain = java -jar; flags = ${FAST_FLAGS[*]}; cds = -XX:SharedArchiveFile (archive from one training run)"
report cold "Cold first answer: ask \"$QUESTION\" vs nlp.js train + classify"
report bulk "$QUESTIONS questions on standard input: ask --json vs nlp.js"

echo
echo "Peak RSS of a cold ask (/usr/bin/time -v, median of $ROUNDS, MiB)"
for name in nlpjs "${ORDER[@]}"; do
  read -r med min max <<< "$(stats "$OUT/$name-cold.rss")"
  printf '  %-28s %7.1f  (min %.1f, max %.1f)\n' "$name" "$(awk -v k="$med" 'BEGIN {print k / 1024}')" \
    "$(awk -v k="$min" 'BEGIN {print k / 1024}')" "$(awk -v k="$max" 'BEGIN {print k / 1024}')"
done

echo
echo "Start-up breakdown of one cold ask (plain java -jar; from class-loading times, -Xlog:class+load)"
bench/breakdown.sh "$JAR" "$QUESTION" | sed 's/^/  /'

echo
echo "In-process latency after warm-up (java -Xmx64m -jar $JAR bench)"
java -Xmx64m -jar "$JAR" bench | sed 's/^/  /'
