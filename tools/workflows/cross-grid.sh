# Shared by the calibration stages (calibrate-cross.sh, calibrate-phases.sh, reanalyse-cross.sh,
# cmro-check.sh; sourced, not run): the options and points of a grid over the Cu-Nb cross pair
# (s,lambda), the table that makes a run resumable, and the potential of each point, generated
# once into its work folder.
# --nb-density-scale T (every script) puts all points of the run at Nb density scale T
# (cunbglass-eamgen --nb-density-scale): their folders end in _tT; give such a run its own table.
# A point LABEL=FILE runs an eam/alloy or eam/fs file (*.eam.fs) made elsewhere (e.g. the DFT fit
# of issue 31, tools/dft/fit_cross.py) through the same measurements: its rows read "LABEL file
# ...", its folder is file_LABEL, where the file is copied under its kind's name (a folder made by
# another file is refused), and every deck gets -var pairstyle by the file's name. Not with
# --nb-density-scale.
#   grid_options TABLE HEADER "--temps" "$@"
#                                         sets table, work, np, points, density and, per extra
#                                         option named, a variable of that name without dashes;
#                                         starts the table with HEADER where it is empty
#   grid_has_point S L                    true when the table has a row for (S, L)
#   grid_point_dir S L                    prints the work folder of the point
#   grid_potential S L                    prints the path of the point's potential (made if absent)
#   grid_pair_style POT                   prints the pair style of a setfl file by its name:
#                                         eam/fs for *.eam.fs, else eam/alloy (decks: -var pairstyle)
#   grid_setfl_name STEM POT              prints STEM.eam.fs or STEM.eam.alloy: the name a copy of POT
#                                         gets, so that its pair style is kept
#   grid_lmp ARGS...                      build/lmp on np ranks, no screen output
#   grid_refuse_density_with_files T N    exit 2 when N > 0 file points meet density scale T != 1
#   grid_quench_f_ico T FILE              prints f_ico of the T kelvin step of a quench_T.dat
#                                         (examples/quench.in), found by its name, not its place
#   grid_anneal_dh_rich FILE              prints the rich-interpolation dH_ico (kJ/mol) of an
#                                         anneal.txt (examples/anneal.in), nan where a reference
#                                         class is empty (compute ico/interface then gives 0)

grid_usage() { echo "usage: $0 [--table FILE] [--work DIR] [--np N] [--nb-density-scale T] ${grid_extra_usage:-}s,lambda | LABEL=FILE ..." >&2; exit 2; }

declare -A grid_files=()    # LABEL -> absolute path of a LABEL=FILE point

grid_file_point() {  # LABEL=FILE: checked, recorded in grid_files, added to points as "LABEL,file"
  local label=${1%%=*} file=${1#*=}
  [[ $label =~ ^[A-Za-z][A-Za-z0-9_-]*$ ]] ||
    { echo "error: point $1: the label before '=' must be a word (letters, digits, _ or -) starting with a letter" >&2; exit 2; }
  [ -s "$file" ] || { echo "error: point $1: no potential file $file" >&2; exit 2; }
  grid_files[$label]=$(realpath "$file")
  points+=("$label,file")
}

grid_refuse_density_with_files() {  # DENSITY N: exit 2 when N LABEL=FILE points (N > 0) meet a density scale not 1
  if [ "$2" -gt 0 ] && awk -v t="$1" 'BEGIN { exit t == 1 }'; then
    echo "error: --nb-density-scale $1 rescales generated potentials only; run LABEL=FILE points without it" >&2
    exit 2
  fi
}

grid_quench_f_ico() {  # T FILE: the value after "f_ico =" on the line "T = T K ..."
  awk -v t="$1" '$1 == "T" && $3 == t { for (i = 1; i < NF - 1; i++) if ($i == "f_ico" && $(i + 1) == "=") print $(i + 2) }' "$2"
}

grid_anneal_dh_rich() {  # FILE: "icosahedron formation enthalpy X kJ/mol between N Cu-rich and M Nb-rich"
  sed -n 's/.*icosahedron formation enthalpy \([-0-9.]*\) kJ\/mol between \([0-9]*\) Cu-rich and \([0-9]*\) Nb-rich.*/\1 \2 \3/p' "$1" |
    awk '{ print ($2 > 0 && $3 > 0) ? $1 : "nan" }'
}

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
      *=*) grid_file_point "$1"; shift ;;
      *,*) points+=("$1"); shift ;;
      *) if [ -n "$extra" ] && [ "$1" = "$extra" ]; then printf -v "${extra#--}" '%s' "$2"; shift 2; else grid_usage; fi ;;
    esac
  done
  [ ${#points[@]} -gt 0 ] || grid_usage
  grid_refuse_density_with_files "$density" ${#grid_files[@]}
  [ -x "$here/build/lmp" ] || { echo "error: run tools/setup/setup.sh --no-run first" >&2; exit 1; }
  mkdir -p "$work"
  local label old copy
  for label in "${!grid_files[@]}"; do    # a folder's results belong to the file that made them
    copy=$(grid_setfl_name "$work/file_$label/CuNb" "${grid_files[$label]}")
    for old in "$work/file_$label"/CuNb.eam.alloy "$work/file_$label"/CuNb.eam.fs; do
      [ -e "$old" ] || continue
      if [ "$old" != "$copy" ] || ! cmp -s "$old" "${grid_files[$label]}"; then
        echo "error: point $label=${grid_files[$label]}: $work/file_$label holds results of another file; give a new label or remove that folder" >&2
        exit 2
      fi
    done
  done
  [ -s "$table" ] || echo "$header" > "$table"
}

grid_has_point() {
  awk -v s="$1" -v l="$2" '!/^#/ && $1 == s && $2 == l { found = 1 } END { exit !found }' "$table"
}

grid_point_dir() {
  [ "$2" != file ] || { echo "$work/file_$1"; return; }
  local suffix=""
  awk -v t="$density" 'BEGIN { exit !(t == 1) }' || suffix="_t$density"
  echo "$work/s$1_l$2$suffix"
}

grid_potential() {
  local dir
  dir=$(grid_point_dir "$1" "$2")
  mkdir -p "$dir"
  if [ "$2" = file ]; then    # copied under its kind's name: CuNb.eam.fs or CuNb.eam.alloy
    local copy
    copy=$(grid_setfl_name "$dir/CuNb" "${grid_files[$1]}")
    [ -s "$copy" ] || cp "${grid_files[$1]}" "$copy"
    echo "$copy"; return
  fi
  [ -s "$dir/CuNb.eam.alloy" ] || "$here/build/cunbglass-eamgen" --attractive-scale "$1" \
    --distance-scale "$2" --nb-density-scale "$density" --output "$dir/CuNb.eam.alloy" \
    --calibration "grid point of tools/workflows/calibrate-cross.sh"
  echo "$dir/CuNb.eam.alloy"
}

grid_pair_style() { case $1 in *.eam.fs) echo eam/fs ;; *) echo eam/alloy ;; esac; }

grid_setfl_name() { local style; style=$(grid_pair_style "$2"); echo "$1.${style/\//.}"; }

grid_lmp() { "$here/tools/setup/mpirun.sh" "$np" "$here/build/lmp" -nocite -screen none "$@"; }
