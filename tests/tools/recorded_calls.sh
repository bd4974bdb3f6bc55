# Shared by the tests whose stand-ins record each call as one line in a file (sourced, not run).
#   expect_calls FILE WHAT LINE...   the lines recorded in FILE since the last check must be
#                                    exactly LINE...; on a mismatch prints both and sets fail=1;
#                                    then empties FILE for the next check
expect_calls() {
  local file=$1 what=$2; shift 2
  local want; want=$(printf '%s\n' "$@")
  if [ "$(cat "$file" 2>/dev/null)" != "$want" ]; then
    echo "FAIL: $what called"; sed 's/^/  /' "$file" 2>/dev/null; echo " instead of"; echo "$want" | sed 's/^/  /'
    fail=1
  fi
  : > "$file"
}
