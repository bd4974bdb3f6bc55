#!/usr/bin/env bash
# mpirun with the flags this machine needs: as root Open MPI refuses to start without
# --allow-run-as-root, with more ranks than cores it needs --oversubscribe, and it must not bind
# ranks to cores: it binds rank 0 of every job to core 0, so two jobs started side by side (a
# sweep and a validation, each on 1 rank) would share one core and leave the other idle, and
# OpenMP threads need cores of their own.
#   tools/setup/mpirun.sh NP command args...
np=$1; shift
flags=(--oversubscribe)
[ "$(id -u)" = 0 ] && flags+=(--allow-run-as-root)
flags+=(--bind-to none)
exec mpirun -np "$np" "${flags[@]}" "$@"
