#!/usr/bin/env bash
# Where the time of one cold `ask` goes, from the moments the JVM first loads a class of each step
# (-Xlog:class+load with uptime and thread): JVM start to main; command-line set-up; logging + programme (main
# thread) while the intents and the model are read on a thread of their own; waiting for that thread; the first
# answer (answering, printing and JVM exit: the process's wall time minus the steps before).
#
#   bench/breakdown.sh [JAR] [QUESTION] [JVM FLAGS...]
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/dagwijzer.jar}
QUESTION=${2:-wanneer is de lunch?}
shift $(( $# > 2 ? 2 : $# ))
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

start=$(date +%s%N)
java "$@" -Xlog:class+load:file="$LOG":uptime,tid -jar "$JAR" ask "$QUESTION" > /dev/null
end=$(date +%s%N)

# Lines look like "[0.123s][4711] some.Class source: ...". ms TID: uptime in ms; tid CLASS: the loading thread.
ms() { awk -v c="$1" '$2 == c { split($1, p, /[][s]+/); printf "%d", p[2] * 1000; exit }' "$LOG"; }
tid() { awk -v c="$1" '$2 == c { split($1, p, /[][]+/); print p[3]; exit }' "$LOG"; }
span() {  # first and last load (ms) on thread $1
  awk -v t="$1" '{ split($1, p, /[][]+/); if (p[3] == t) { sub(/s$/, "", p[2]); v = p[2] * 1000; if (!f) f = v; l = v } }
    END { printf "%d %d", f, l }' "$LOG"
}
main=$(ms nl.dagwijzer.cli.Main)
core=$(ms nl.dagwijzer.cli.Core)
programme=$(ms nl.dagwijzer.cli.ClockOption)
answer=$(ms nl.dagwijzer.answer.ConversationMemory)
read -r model_start model_end <<< "$(span "$(tid nl.dagwijzer.nlu.IntentExamples)")"
total=$(( (end - start) / 1000000 ))
printf '| step | ms |\n|---|---|\n'
printf '| JVM to main | %d |\n' "$main"
printf '| CLI set-up (arguments, the ask command) | %d |\n' $(( core - main ))
printf '| logging + programme (main thread) | %d |\n' $(( programme - core ))
printf '| intents + model (own thread, at the same time) | %d |\n' $(( model_end - model_start ))
printf '| waiting for the model | %d |\n' $(( answer > programme ? answer - programme : 0 ))
printf '| first answer (and JVM exit) | %d |\n' $(( total - answer ))
printf '| total (wall clock) | %d |\n' "$total"
echo "($(wc -l < "$LOG") classes loaded)"
