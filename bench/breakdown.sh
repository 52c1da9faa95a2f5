#!/usr/bin/env bash
# Where the time of one cold `ask` goes, from the moments the JVM first loads a class of each step
# (-Xlog:class+load with uptime): JVM start to main, command-line set-up, logging + programme, intents + model,
# first answer (answering, printing and JVM exit; measured as the process's wall time minus the steps before).
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
java "$@" -Xlog:class+load:file="$LOG":uptime -jar "$JAR" ask "$QUESTION" > /dev/null
end=$(date +%s%N)

# first CLASS: uptime in ms at which the class was first loaded
first() { awk -v c="$1" '$2 == c { gsub(/[\[\]s]/, "", $1); printf "%d", $1 * 1000; exit }' "$LOG"; }
main=$(first nl.dagwijzer.cli.Main)
store=$(first nl.dagwijzer.cli.Core)
intents=$(first nl.dagwijzer.nlu.IntentExamples)
answer=$(first nl.dagwijzer.answer.ConversationMemory)
total=$(( (end - start) / 1000000 ))
printf '| step | ms |\n|---|---|\n'
printf '| JVM to main | %d |\n' "$main"
printf '| CLI set-up (picocli, the ask command) | %d |\n' $(( store - main ))
printf '| logging + programme | %d |\n' $(( intents - store ))
printf '| intents + model (read, fingerprint, load or train) | %d |\n' $(( answer - intents ))
printf '| first answer (and JVM exit) | %d |\n' $(( total - answer ))
printf '| total (wall clock) | %d |\n' "$total"
echo "($(wc -l < "$LOG") classes loaded)"
