#!/usr/bin/env bash
# tools/plots/plot_reproduction.py's sweep.dat from a hand-made sweep folder whose answers are
# worked out by hand below: second-half means of the anneal series with five-block errors, the
# block lines of anneal.txt deduplicated (a resumed deck may repeat a block: the last one counts)
# and averaged over the second half with their standard error, n from the anneal's MSD line, and
# the header's atom count, anneal length and box length from the quench's FINAL line.
#   check_sweep_table.sh path/to/repository
set -u
repo=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/anneal_1000" "$work/quench_paper_diffusion"
echo "FINAL: 9826 atoms, crystalline fraction 0.0069, cna/atom fcc 0.0008 bcc 0.0055, f_ico 0.0515, S_CC peak at q = 0.303 1/A, lambda_C = 20.73 A (box 53.50 A)" \
  > "$work/quench_paper_diffusion/final.txt"
for T in 1200 1100 1000 900 800 700 600 500; do
  echo "T = $T K  V = $((150000 + 10 * T)).00 A^3  H = -$((60000 - 10 * T)).0000 eV  f_ico = 0.0100"
done > "$work/quench_paper_diffusion/quench_T.dat"
line() {  # line BLOCK RICH SPECIES
  echo "ANNEAL T = 1000 K block $1/4 (ps 0 to 50): <T> = 1000.0 K, <P> = 0 bar, lambda_C = 20.00 A (q_max 0.314 1/A; first moment 21.00 A), f_ico = 0.1000, percolation dimension 0.00, L*_ico = 0.100, icosahedron formation enthalpy $2 kJ/mol between 10 Cu-rich and 10 Nb-rich reference atoms for 100 icosahedral atoms, $3 kJ/mol species by species against all non-icosahedral atoms"
}
{
  line 1 10.0 -1.0; line 2 20.0 -2.0; line 3 99.0 -9.0; line 3 30.0 -5.0; line 4 40.0 -4.0
  echo "MSD T = 1000 K over 200 ps: n = 0.600, B = 0.100, R^2 = 0.9900 over 20 lags in [1, 100] ps"
} > "$work/anneal_1000/anneal.txt"
# series: step T P q_max lambda_C f_ico L*_ico lambda_C1; lambda_C = 1..10, f_ico 0.1, L* 0.2,
# lambda_C1 = 2 x lambda_C
{
  echo "# Time-averaged data for fix series"
  for k in $(seq 1 10); do echo "$((k * 500)) 1000 0 0.3 $k 0.1 0.2 $((2 * k))"; done
} > "$work/anneal_1000/anneal_series.dat"
cd "$repo/tools/plots" || exit 1
/usr/bin/python3 plot_reproduction.py "$work" --anneal-ps 200 > /dev/null || { echo "FAILED: plot_reproduction.py"; exit 1; }
cat "$work/sweep.dat"
/usr/bin/python3 - "$work/sweep.dat" <<'PY' || exit 1
import sys
lines = open(sys.argv[1]).read().splitlines()
assert lines[0] == "# atoms: 9826", lines[0]
assert lines[1] == "# anneal_ps: 200", lines[1]
assert lines[2] == "# box_A: 53.50", lines[2]
row = [float(x) for x in lines[-1].split()]
# second half of lambda_C = 6..10: mean 8, five one-row blocks: std(6..10) / sqrt(5) = 0.7071
# f_ico constant 0.1 (error 0), L* 0.2; n 0.6, R^2 0.99; blocks 3 (the last of its two lines)
# and 4 of four: rich 35 = (30 + 40) / 2, species -4.5 = (-5 - 4) / 2 with error
# std(-5, -4) / sqrt(2) = 0.5; lambda_C1 = 16 +- 1.4142
want = [1000, 8.0, 0.7071, 0.1, 0.0, 0.2, 0.0, float("nan"), float("nan"), 0.6, 0.99, 35.0, -4.5,
        16.0, 1.4142, 0.5]
assert len(row) == len(want), row
for got, w in zip(row, want):
    assert (got != got and w != w) or abs(got - w) < 1e-4, (row, want)
print("sweep.dat: second-half means, block errors and deduplicated block lines as worked out by hand")
PY
