#!/usr/bin/env bash
# Runs the paper's experiments (Experiments/configs) under a time budget, collects each run's small text files
# into Experiments/results/runs/<id>/<seed>/ and regenerates the results pages with `SamRL.Runner report`.
#
#   Experiments/run-experiments.sh [--only <group|id>...] [--budget-minutes M] [--seeds 1,2] [--resume]
#
# --only            groups (table1, table2, table3, table4, fig2, fig3) or experiment ids; default: all
# --budget-minutes  minutes per seed, replacing each config's budget; default: the config's
# --seeds           comma-separated seeds replacing each config's; default: the config's
# --resume          continue each run's newest run folder from its last checkpoint up to the budget (which counts
#                   the earlier sessions too) instead of starting afresh; a run with no run folder yet starts afresh
#
# Run folders (with checkpoints) stay under runs/experiments/ (override with SAMRL_EXPERIMENT_RUN_DIR); only
# results.json, metrics.csv, train.log and config.json are copied into Experiments/results, plus run.json
# (the exact command and this machine). The bAbI experiment needs SAMRL_BABI_DATA (a bAbI folder); Pong plays
# the ROM that discovery finds (SAMRL_ROM_DIR, ale-py, AutoROM) or the embedded open-pong.
set -euo pipefail

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
  exit "$1"
}

only=()
budget=()
seeds=()
resume=0
while [ $# -gt 0 ]; do
  case "$1" in
    --only)
      shift
      while [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; do only+=("$1"); shift; done
      [ ${#only[@]} -gt 0 ] || { echo "error: --only needs at least one group or id" >&2; exit 2; }
      ;;
    --budget-minutes)
      [ $# -ge 2 ] || { echo "error: --budget-minutes needs a number of minutes" >&2; exit 2; }
      budget=(--budget-minutes "$2"); shift 2
      ;;
    --seeds)
      [ $# -ge 2 ] || { echo "error: --seeds needs a list such as 1,2" >&2; exit 2; }
      seeds=(--seeds "$2"); shift 2
      ;;
    --resume) resume=1; shift ;;
    -h|--help) usage 0 ;;
    *) echo "error: unknown option $1" >&2; usage 2 ;;
  esac
done

cd "$(dirname "$0")/.."
runs_root="${SAMRL_EXPERIMENT_RUN_DIR:-runs/experiments}"
collected_root="Experiments/results/runs"

echo "building the Runner (Release)..."
dotnet build Runner/SamRL.Runner.csproj -c Release --nologo -v quiet >/dev/null
runner=(dotnet Runner/bin/Release/net10.0/SamRL.Runner.dll)

plan=$(mktemp)
trap 'rm -f "$plan"' EXIT
only_options=()
[ ${#only[@]} -eq 0 ] || only_options=(--only "${only[@]}")
"${runner[@]}" report plan "${only_options[@]}" "${budget[@]}" "${seeds[@]}" >"$plan"
echo "$(wc -l <"$plan") run(s) planned"

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
hardware="$(nproc) cores${cpu:+ ($cpu)}, $(uname -s) $(uname -r), .NET SDK $(dotnet --version)"

json_string() {
  local text=${1//\\/\\\\}
  printf '"%s"' "${text//\"/\\\"}"
}

# The newest run folder (names end in their start time) under one seed's folder that holds a checkpoint, or nothing.
newest_run_folder() {
  find "$1" -mindepth 4 -maxdepth 4 -path '*/checkpoints/last.ckpt' 2>/dev/null | sort | tail -n 1 | sed 's|/checkpoints/last.ckpt$||'
}

# A resumed run keeps its own config.json, so the Runner accepts only its command words (`task copy`, `babi`,
# `pong`), the budget options and a supervised run's learning-rate decay; the planned arguments are reduced to those.
resume_arguments() {
  local words=("$1")
  [ "$1" != task ] || words+=("$2")
  while [ $# -gt 0 ]; do
    case "$1" in
      --max-minutes|--max-iterations|--max-frames|--lr-decay-start) words+=("$1" "$2"); shift 2 ;;
      *) shift ;;
    esac
  done
  printf '%s\n' "${words[@]}"
}

# Ctrl+C reaches the Runner too, which stops with a checkpoint and exits normally: collect that run, then stop.
interrupted=0
trap 'interrupted=1' INT

failed=()
while [ "$interrupted" -eq 0 ] && IFS=$'\t' read -r -u 3 -a fields; do
  id=${fields[0]}
  seed=${fields[1]}
  arguments=("${fields[@]:2}")
  previous=""
  [ "$resume" -eq 0 ] || previous=$(newest_run_folder "$runs_root/$id/seed-$seed")
  if [ -n "$previous" ]; then
    run_folder=$previous
    echo "== $id seed $seed: resuming $run_folder"
    mapfile -t resumed < <(resume_arguments "${arguments[@]}")
    if ! "${runner[@]}" "${resumed[@]}" --resume "$run_folder" </dev/null; then
      echo "!! $id seed $seed failed to resume $run_folder" >&2
      failed+=("$id/$seed")
      continue
    fi
  else
    parent="$runs_root/$id/seed-$seed/$(date -u +%Y%m%d-%H%M%S)"
    mkdir -p "$parent"
    echo "== $id seed $seed: SamRL.Runner ${arguments[*]}"
    if ! "${runner[@]}" "${arguments[@]}" --run-dir "$parent" </dev/null; then
      echo "!! $id seed $seed failed; its run folder is under $parent" >&2
      failed+=("$id/$seed")
      continue
    fi
    run_folder=$(find "$parent" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  fi

  if [ -z "$run_folder" ] || [ ! -f "$run_folder/metrics.csv" ]; then
    echo "!! $id seed $seed left no run folder with metrics.csv${run_folder:+ in $run_folder}" >&2
    failed+=("$id/$seed")
    continue
  fi
  if [ "${arguments[0]}" = task ] || [ "${arguments[0]}" = babi ]; then
    if [ ! -f "$run_folder/results.json" ]; then
      echo "!! $id seed $seed wrote no results.json in $run_folder" >&2
      failed+=("$id/$seed")
      continue
    fi
  fi

  destination="$collected_root/$id/$seed"
  rm -rf "$destination"
  mkdir -p "$destination"
  for file in results.json metrics.csv train.log config.json; do
    if [ -f "$run_folder/$file" ]; then cp "$run_folder/$file" "$destination/"; fi
  done
  {
    printf '{\n  "command": %s,\n' "$(json_string "SamRL.Runner ${arguments[*]}")"
    printf '  "hardware": %s,\n' "$(json_string "$hardware")"
    printf '  "finished": %s\n}\n' "$(json_string "$(date -u +%Y-%m-%dT%H:%M:%SZ)")"
  } >"$destination/run.json"
  echo "   collected into $destination"
done 3<"$plan"

"${runner[@]}" report
if [ "$interrupted" -ne 0 ]; then
  echo "interrupted: the runs after the last one collected were not started" >&2
  exit 130
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "failed runs (not collected; their previous results, if any, are kept): ${failed[*]}" >&2
  exit 1
fi
