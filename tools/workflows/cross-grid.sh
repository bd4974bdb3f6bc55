# Shared by tools/workflows/calibrate-cross.sh and tools/workflows/calibrate-phases.sh (sourced, not run): the options
# and points of a grid over the Cu-Nb cross pair (s,lambda), the table that makes a run resumable,
# and the potential of each point, generated once into its work folder.
# --nb-density-scale T (every script) puts all points of the run at Nb density scale T
# (cunbglass-eamgen --nb-density-scale): their folders end in _tT; give such a run its own table.
#   grid_options TABLE HEADER "--temps" "$@"
#                                         sets table, work, np, points, density and, per extra
#                                         option named, a variable of that name without dashes;
#                                         starts the table with HEADER where it is empty
#   grid_has_point S L                    true when the table has a row for (S, L)
#   grid_point_dir S L                    prints the work folder of the point
#   grid_potential S L                    prints the path of the point's potential (made if absent)
#   grid_lmp ARGS...                      build/lmp on np ranks, no screen output

grid_usage() { echo "usage: $0 [--table FILE] [--work DIR] [--np N] [--nb-density-scale T] ${grid_extra_usage:-}s,lambda ..." >&2; exit 2; }

grid_options() {
  table=$1
  local header=$2 extra=$3
  shift 3
  grid_extra_usage=${extra:+[$extra VALUE] }
  work="${CUNBGLASS_CACHE:-$HOME/.cache/cunbglass}/cross_grid" np=$(nproc) points=() density=1
  while [ $# -gt 0 ]; do
    case $1 in
      --table) table=$(realpath -m "$2"); shift 2 ;;
      --work) work=$(realpath -m "$2"); shift 2 ;;
      --np) np=$2; shift 2 ;;
      --nb-density-scale) density=$2; shift 2 ;;
      *,*) points+=("$1"); shift ;;
      *) if [ -n "$extra" ] && [ "$1" = "$extra" ]; then printf -v "${extra#--}" '%s' "$2"; shift 2; else grid_usage; fi ;;
    esac
  done
  [ ${#points[@]} -gt 0 ] || grid_usage
  [ -x "$here/build/lmp" ] || { echo "error: run tools/setup/setup.sh --no-run first" >&2; exit 1; }
  mkdir -p "$work"
  [ -s "$table" ] || echo "$header" > "$table"
}

grid_has_point() {
  awk -v s="$1" -v l="$2" '!/^#/ && $1 == s && $2 == l { found = 1 } END { exit !found }' "$table"
}

grid_point_dir() {
  local suffix=""
  awk -v t="$density" 'BEGIN { exit !(t == 1) }' || suffix="_t$density"
  echo "$work/s$1_l$2$suffix"
}

grid_potential() {
  local dir
  dir=$(grid_point_dir "$1" "$2")
  mkdir -p "$dir"
  [ -s "$dir/CuNb.eam.alloy" ] || "$here/build/cunbglass-eamgen" --attractive-scale "$1" \
    --distance-scale "$2" --nb-density-scale "$density" --output "$dir/CuNb.eam.alloy" \
    --calibration "grid point of tools/workflows/calibrate-cross.sh"
  echo "$dir/CuNb.eam.alloy"
}

grid_lmp() { "$here/tools/setup/mpirun.sh" "$np" "$here/build/lmp" -nocite -screen none "$@"; }
