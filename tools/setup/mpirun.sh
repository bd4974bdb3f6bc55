#!/usr/bin/env bash
# mpirun with the flags this machine needs: as root Open MPI refuses to start without
# --allow-run-as-root, with more ranks than cores it needs --oversubscribe, and with
# OMP_NUM_THREADS > 1 it must not bind each rank to a single core.
#   tools/setup/mpirun.sh NP command args...
np=$1; shift
flags=(--oversubscribe)
[ "$(id -u)" = 0 ] && flags+=(--allow-run-as-root)
# OpenMP threads need cores of their own: Open MPI binds each rank to one core by default
[ "${OMP_NUM_THREADS:-1}" -gt 1 ] && flags+=(--bind-to none)
exec mpirun -np "$np" "${flags[@]}" "$@"
