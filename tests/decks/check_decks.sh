#!/usr/bin/env bash
# Runs every example deck at a tiny size through build/lmp, in the folder layout of
# tools/workflows/reproduce.sh, and checks that the outputs exist and are physical: the quench ends
# amorphous (PTM crystalline fraction, and LAMMPS cna/atom fcc and bcc fractions, at most 5 %
# each), the anneal holds its temperature (within 10 %) at zero mean pressure (within 5 kbar
# for 128 atoms), the diffusion fit returns an
# exponent between 0 and 2, deformation gives a stress-strain curve at the set temperature and
# minimised energies, a load cycle gives finite displacements, a film has the asked thickness
# and a heat capacity between 0 and 3 k_B per atom; every run reports 0 dangerous neighbour
# builds; crystal_check.in finds a displaced B2 crystal whole and the glass amorphous; then the
# figure scripts draw from them.
#   check_decks.sh "MPIRUN -np N FLAGS" /path/to/lmp /path/to/repository /path/to/vdos-fit
set -u
mpirun=$1 lmp=$2 repo=$3 fit=$4
examples=$repo/examples
work=$(mktemp -d)
[ -n "${KEEP_WORK:-}" ] || trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "FAILED: $*"; exit 1; }
run() { $mpirun "$lmp" -screen none -nocite "$@" || fail "lmp $* exited with $?"; }
between() { awk -v x="$1" -v lo="$2" -v hi="$3" 'BEGIN { exit !(x + 0 == x && x >= lo && x <= hi) }'; }

run -in "$examples/quench.in" -var ncell 4 -var tmelt_ps 1 -var rate 1e15 -var tend 900 \
    -var restart_hi 1000 -var restart_lo 1000
cat quench_out/final.txt || fail "quench wrote no final.txt"
xtal=$(sed -n 's/.*crystalline fraction \([0-9.]*\).*/\1/p' quench_out/final.txt)
between "$xtal" 0 0.05 || fail "quench crystalline fraction $xtal"
read -r fcc bcc < <(sed -n 's/.*cna\/atom fcc \([0-9.]*\) bcc \([0-9.]*\),.*/\1 \2/p' quench_out/final.txt)
between "$fcc" 0 0.05 && between "$bcc" 0 0.05 || fail "quench cna/atom fcc $fcc, bcc $bcc"
[ -f quench_out/quench_1000K.restart ] || fail "no restart at 1000 K"
# -var pairstyle (every deck; eam/fs for Cu-Zr or a fitted file with cross densities): a style this
# LAMMPS lacks is LAMMPS's ERROR naming it and a failing exit status, before any output
$mpirun "$lmp" -nocite -in "$examples/quench.in" -var pairstyle eam/nosuch -var out quench_bad \
    > quench_bad.screen 2>&1 && fail "quench.in accepted -var pairstyle eam/nosuch"
grep -q "^ERROR.*eam/nosuch" quench_bad.screen || fail "quench.in: no ERROR naming -var pairstyle eam/nosuch"
[ ! -e quench_bad/final.txt ] || fail "quench.in with an unknown pair style wrote results"
# quench_bad/ stays: its quench_T.dat holds a header and no temperature, which the figure script
# below must pass over for quench_out/ (main_quench)
[ "$(wc -l < quench_out/quench_T.dat)" -ge 100 ] || fail "quench_T.dat has too few temperatures"
$mpirun "$lmp" -screen none -nocite -in "$examples/quench.in" -var scale huge > /dev/null 2>&1 \
  && fail "quench accepted -var scale huge"

# crystal_check.in: a B2 CuNb crystal whose atoms are displaced at random by up to 0.45 A along
# each axis is crystalline to (almost) no atom by PTM as it stands and to every atom of both
# species in its inherent structure; the quenched glass stays below 5 %
cat > b2.in <<'B2'
units metal
atom_style atomic
lattice bcc 3.15
region box block 0 5 0 5 0 5
create_box 2 box
create_atoms 1 box basis 1 1 basis 2 2
mass 1 63.546
mass 2 92.906
displace_atoms all random 0.45 0.45 0.45 4711 units box
write_restart b2.restart
B2
run -in b2.in
run -in "$examples/crystal_check.in" -var restart b2.restart -var label b2 -var out crystal.txt
run -in "$examples/crystal_check.in" -var restart quench_out/glass.restart -var label glass -var out crystal.txt
cat crystal.txt
grep -q "^CRYSTAL b2: .*; inherent structure fcc 0.0000 hcp 0.0000 bcc 1.0000, crystalline 1.0000: type 1 1.0000, type 2 1.0000 of their atoms" crystal.txt ||
  fail "crystal_check.in: the displaced B2 crystal is not whole in its inherent structure"
hot=$(sed -n 's/^CRYSTAL b2: at 0 K fcc [0-9.]* hcp [0-9.]* bcc \([0-9.]*\);.*/\1/p' crystal.txt)
between "$hot" 0 0.2 || fail "crystal_check.in: PTM finds $hot of the displaced B2 crystal bcc as it stands"
glass=$(sed -n 's/^CRYSTAL glass:.*crystalline \([0-9.]*\):.*/\1/p' crystal.txt)
between "$glass" 0 0.05 || fail "crystal_check.in: the quenched glass is $glass crystalline"
# bad input: a missing restart file is a LAMMPS ERROR naming it; a LAMMPS without PTM stops with
# an ERROR line that says what to build, and a failing exit status (no silent empty result)
# (LAMMPS stops on one rank there: its message reaches the screen, not always the log)
$mpirun "$lmp" -nocite -log missing.log -in "$examples/crystal_check.in" \
  -var restart no_such.restart > missing.screen 2>&1 && fail "crystal_check.in accepted a missing restart file"
grep -q "^ERROR.*no_such.restart" missing.screen || fail "crystal_check.in: no ERROR naming the missing restart file"
sed 's|has_style compute ptm/atom |has_style compute no_such/ptm |' "$examples/crystal_check.in" > crystal_no_ptm.in
$mpirun "$lmp" -screen none -nocite -log no_ptm.log -in crystal_no_ptm.in -var restart b2.restart > /dev/null 2>&1 &&
  fail "crystal_check.in without PTM exited 0"
grep -q "^ERROR: crystal_check.in needs compute ptm/atom" no_ptm.log || fail "crystal_check.in without PTM: no ERROR line"

# a LAMMPS without PTM: the deck skips the PTM fraction with a note instead of stopping (the same
# deck asking has_style for a style that no LAMMPS has)
mkdir -p no_ptm && sed 's|has_style compute ptm/atom |has_style compute no_such/ptm |' "$examples/quench.in" > no_ptm/quench.in
(cd no_ptm && run -in quench.in -var ncell 4 -var tmelt_ps 1 -var rate 1e15 -var tend 3900 \
    -var restart_hi 1000 -var restart_lo 1000)
grep -q "crystalline fraction n/a, cna/atom fcc" no_ptm/quench_out/final.txt || fail "no n/a without PTM"
grep -q "^NOTE: this LAMMPS has no compute ptm/atom" no_ptm/quench_out/log*.lammps || fail "no note without PTM"

run -in "$examples/anneal.in" -var T 1000 -var time_ps 1 -var sample_ps 0.05 -var dump_ps 0.5 \
    -var out anneal_1000
cat anneal_1000/anneal.txt || fail "anneal wrote no anneal.txt"
read -r T P < <(sed -n 's/.*<T> = \([-0-9.]*\) K, <P> = \([-0-9.]*\) bar.*/\1 \2/p' anneal_1000/anneal.txt)
between "$T" 900 1100 && between "$P" -5000 5000 || fail "anneal <T> = $T K, <P> = $P bar"
[ -s anneal_1000/anneal.dump ] || fail "no per-atom dump"
[ -s anneal_1000/anneal_conc_hist.dat ] && [ -s anneal_1000/anneal_pico.dat ] || fail "no Fig. 1(e,f) data"

run -in "$examples/diffusion.in" -var restart quench_out/quench_1000K.restart -var T 1000 \
    -var time_ps 1 -var every 5 -var tmin 0.05 -var tmax 0.5 -var out diffusion_1000
cat diffusion_1000/diffusion.txt || fail "diffusion wrote no diffusion.txt"
n=$(sed -n 's/.* n = \([-0-9.]*\),.*/\1/p' diffusion_1000/diffusion.txt)
between "$n" 0 2 || fail "diffusion exponent n = $n"

# rerun over an existing trajectory: a dump written by a plain LAMMPS run, then analyse_dump.in
cat > make_dump.in <<'EOF'
read_restart quench_out/quench_1000K.restart
pair_style eam/alloy
pair_coeff * * CuNb.eam.alloy Cu Nb
neighbor 1.0 bin
neigh_modify delay 0 every 1 check yes
timestep 0.002
reset_timestep 0
fix md all nvt temp 1000 1000 0.1
dump traj all custom 20 traj.dump id type x y z ix iy iz
dump_modify traj format float %.17g
run 400
EOF
mkdir -p dump_run && run -in make_dump.in -log dump_run/log.lammps
run -in "$examples/analyse_dump.in" -var dump traj.dump -var every 20 -var out analyse_1000
cat analyse_1000/summary.txt || fail "analyse_dump wrote no summary"
[ "$(grep -vc '^#' analyse_1000/frames.dat)" -eq 21 ] || fail "analyse_dump: not 21 frames in frames.dat"
n=$(sed -n 's/.*MSD exponent n = \([-0-9.]*\) .*/\1/p' analyse_1000/summary.txt)
between "$n" 0 2 || fail "analyse_dump exponent n = $n"
[ "$(grep -c 'ITEM: TIMESTEP' analyse_1000/atoms.dump)" -eq 21 ] || fail "analyse_dump: per-atom dump"

run -in "$examples/deform.in" -var restart anneal_1000/anneal.restart -var T 1000 \
    -var strain_max 0.004 -var min_every 0.002 -var flow_from 0.002 -var out deform_1000
cat deform_1000/deform.txt || fail "deform wrote no deform.txt"
[ "$(grep -vc '^#' deform_1000/deform_stress.dat)" -eq 20 ] || fail "deform_stress.dat: not 20 increments"
[ "$(grep -vc '^#' deform_1000/deform_pe.dat)" -eq 3 ] || fail "deform_pe.dat: not 3 minimised snapshots (strain 0, 0.002, 0.004)"
awk '!/^#/ { exit !($1 * $1 < 1e-12) }' deform_1000/deform_pe.dat || fail "deform_pe.dat does not open with the unstrained glass"
strain=$(sed -n 's/.*final strain \([-0-9.e+]*\).*/\1/p' deform_1000/deform.txt)
between "$strain" 0.0039 0.0041 || fail "final true strain $strain, asked 0.004"
grep -q "over 11 increments with strain >= 0.002)" deform_1000/deform.txt ||
  fail "deform: the flow stress not over increments 10-20 (strain 0.002, the boundary included, to 0.004)"
Tmean=$(awk '!/^#/ { s += $4; n++ } END { print s / n }' deform_1000/deform_stress.dat)
between "$Tmean" 850 1150 || fail "deformation mean temperature $Tmean K"
pe=$(awk '!/^#/ { print $3; exit }' deform_1000/deform_pe.dat)
between "$pe" -8 -3 || fail "minimised energy of non-icosahedral atoms $pe eV/atom"

# -var ico_atoms initial: the unstrained glass's icosahedral atoms followed through the strains, so
# their fraction stays that of the unstrained glass, whose snapshot is the same as in the run above
run -in "$examples/deform.in" -var restart anneal_1000/anneal.restart -var T 1000 \
    -var strain_max 0.004 -var min_every 0.002 -var flow_from 0.002 -var ico_atoms initial -var out deform_initial
[ "$(awk '!/^#/ { print $4 }' deform_initial/deform_pe.dat | sort -u | wc -l)" -eq 1 ] ||
  fail "ico_atoms initial: the icosahedral fraction changed along the strains"
[ "$(grep -v '^#' deform_initial/deform_pe.dat | head -1)" = "$(grep -v '^#' deform_1000/deform_pe.dat | head -1)" ] ||
  fail "ico_atoms initial: the unstrained snapshot differs from that of ico_atoms each"
# -var control yes: the same MD steps and snapshots with every strain 100 times smaller. z is
# driven by fix deform alone (x and y relax), so each increment's true strain is exactly 1/100 of
# the run above's; the unstrained snapshot is the same, and flow_from 0.0019 (between increments,
# so no rounding at the boundary) becomes 1.9e-05: increments 10 to 20 average the flow stress
run -in "$examples/deform.in" -var restart anneal_1000/anneal.restart -var T 1000 -var strain_max 0.004 \
    -var min_every 0.002 -var flow_from 0.0019 -var ico_atoms initial -var control yes -var out deform_control
paste <(grep -v '^#' deform_1000/deform_stress.dat) <(grep -v '^#' deform_control/deform_stress.dat) |
  awk '{ d = $1 / 100 - $5; if (d * d > 1e-18) bad = 1; n++ } END { exit bad || n != 20 }' ||
  fail "control yes: the increments' strains are not 1/100 of those without it"
[ "$(grep -vc '^#' deform_control/deform_pe.dat)" -eq 3 ] || fail "control yes: not 3 minimised snapshots"
[ "$(grep -v '^#' deform_control/deform_pe.dat | head -1)" = "$(grep -v '^#' deform_initial/deform_pe.dat | head -1)" ] ||
  fail "control yes: the unstrained snapshot differs from that of the strained run"
grep -q "over 11 increments with strain >= 1.9e-05), final strain 4e-05$" deform_control/deform.txt ||
  fail "control yes: not increments 10-20 (strain 1.9e-05 and up, 1/100 of 0.0019) ending at 4e-05"
$mpirun "$lmp" -nocite -in "$examples/deform.in" -var restart anneal_1000/anneal.restart -var control maybe \
    -var out deform_bad > deform_bad.screen 2>&1 && fail "deform.in accepted -var control maybe"
grep -q "^ERROR: -var control maybe" deform_bad.screen || fail "deform.in: no ERROR naming -var control maybe"
$mpirun "$lmp" -nocite -in "$examples/deform.in" -var restart anneal_1000/anneal.restart -var ico_atoms some \
    -var out deform_bad > deform_bad.screen 2>&1 && fail "deform.in accepted -var ico_atoms some"
grep -q "^ERROR: -var ico_atoms some" deform_bad.screen || fail "deform.in: no ERROR naming -var ico_atoms some"
$mpirun "$lmp" -nocite -in "$examples/deform.in" -var restart anneal_1000/anneal.restart -var strain_max 0.04 \
    -var out deform_bad > deform_bad.screen 2>&1 && fail "deform.in accepted flow_from 0.05 beyond strain_max 0.04"
grep -q "^ERROR: -var flow_from 0.05 is not below -var strain_max 0.04" deform_bad.screen ||
  fail "deform.in: no ERROR naming flow_from beyond strain_max"

run -in "$examples/reversibility.in" -var restart anneal_1000/anneal.restart -var T 1000 \
    -var samples 1 -var amps 0.002 -var equil_ps 0.2 -var out reversibility_1000
cat reversibility_1000/reversibility.txt || fail "reversibility wrote no summary"
d=$(awk '!/^#/ { print $5; exit }' reversibility_1000/reversibility.dat)
between "$d" 0 10 || fail "mean displacement of other atoms $d A"

run -in "$examples/film_vdos.in" -var L 8 -var lateral 2 -var equil_ps 0.2 -var run_ps 0.4 \
    -var nlag 20 -var origins 5 -var out films
cat films/film_8.txt || fail "film_vdos wrote no film_8.txt"
thick=$(sed -n 's/.*thickness \([0-9.]*\) A.*/\1/p' films/film_8.txt)
between "$thick" 6 10 || fail "film thickness $thick A, asked 8"
cv=$(sed -n 's/.*C_v(300 K) = \([0-9.]*\) .*/\1/p' films/film_8.txt)
between "$cv" 1.5 3.05 || fail "film C_v(300 K) = $cv k_B/atom"
atoms=$(sed -n 's/.*: \([0-9]*\) atoms.*/\1/p' films/film_8.txt)
vol=$(sed -n 's/.*volume \([0-9.e+]*\) A.*/\1/p' films/film_8.txt)
"$fit" films/vdos_8.dat --atoms "$atoms" --volume "$vol" --thickness "$thick" | grep -q '^a = ' \
  || fail "cunbglass-vdos-fit on the film table"

# Sound MD: every run of every deck rebuilt its neighbour lists in time (LAMMPS counts a
# "dangerous" build when an atom may have moved more than half the skin before the rebuild).
# analyse_1000 is a rerun over a dump: no MD, so no neighbour statistics to check.
for out in quench_out anneal_1000 diffusion_1000 dump_run deform_1000 deform_initial deform_control reversibility_1000 films; do
  ls "$out"/log*.lammps > /dev/null 2>&1 || fail "$out has no LAMMPS log"
  grep -q "Dangerous builds" "$out"/log*.lammps || fail "$out: no neighbour statistics in its log"
done
bad=$(grep -h "Dangerous builds" ./*/log*.lammps | grep -v "Dangerous builds = 0$")
[ -z "$bad" ] || fail "dangerous neighbour builds: $bad"

# Warning-free on every LAMMPS release we test (renamed commands are version-guarded in the
# decks). Only warnings listed here, each with its reason, are tolerated.
allowed=(
  # run 0 evaluates computes on a fixed configuration; no integration is intended (the 2025 and
  # the 2021 wording)
  "No fixes with time integration, atoms won't move"
  "No fixes defined, atoms won't move"
  # quench.in counts fcc (Cu, 3.09 A) and bcc (Nb, 3.98 A) crystallites with cna/atom, which
  # takes one cutoff per compute; LAMMPS warns about the cost of the second one
  "More than one compute cna/atom"
  # LAMMPS compares 2 x 3.98 A with the pair cutoff + skin only; quench.in's comm_modify cutoff
  # 8.5 A covers it, which this check ignores
  "Compute cna/atom cutoff may be too large to find ghost atom neighbors"
  # at Nb's bcc cutoff a dense glass has atoms with more than 14 neighbours: cna/atom calls them
  # 'other' (not bcc), which is the right answer for an amorphous atom
  "Too many neighbors in CNA for"
  "Too many common neighbors in CNA"
)
warnings=$(grep -h "WARNING" ./*/log*.lammps | sort | uniq -c)
for pattern in "${allowed[@]}"; do warnings=$(grep -v -- "$pattern" <<<"$warnings"); done
[ -z "$warnings" ] || fail "warnings in the decks' logs: $warnings"

/usr/bin/python3 "$repo/tools/plots/plot_reproduction.py" . > plot.txt || fail "plot_reproduction.py"
for png in fig1e_concentration fig1f_p_ico fig2a_lambda_C fig2b_f_ico fig2c_flow_stress \
           fig2d_msd_exponent fig3_deformation fig4_reversibility quench_volume; do
  [ -s "$png.png" ] || fail "no $png.png"
done
grep -q "^ 1000 " sweep.dat || fail "sweep.dat has no 1000 K row"
# both formation enthalpies of anneal.txt reach the table (columns 12 and 13 of 16)
awk '$1 == 1000 && NF == 16 && $12 != "nan" && $13 != "nan" { ok = 1 } END { exit !ok }' sweep.dat ||
  fail "sweep.dat lacks a formation enthalpy at 1000 K: $(grep '^ 1000 ' sweep.dat)"
echo "decks OK"
