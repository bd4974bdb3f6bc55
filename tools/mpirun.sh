#!/usr/bin/env bash
# mpirun with the flags this machine needs: as root Open MPI refuses to start without
# --allow-run-as-root, and with more ranks than cores it needs --oversubscribe.
#   tools/mpirun.sh NP command args...
np=$1; shift
flags=(--oversubscribe)
[ "$(id -u)" = 0 ] && flags+=(--allow-run-as-root)
exec mpirun -np "$np" "${flags[@]}" "$@"
