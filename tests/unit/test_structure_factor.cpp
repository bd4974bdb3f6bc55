#include "crystal_builders.h"
#include "structure_factor.h"

#include <gtest/gtest.h>
#include <omp.h>

#include <cmath>
#include <complex>
#include <functional>
#include <map>
#include <random>

using namespace cunbglass::core;
using cunbglass::test::Vec3;

namespace {

constexpr double kPi = 3.14159265358979323846;

std::array<Vec3, 3> cubic(double L) { return {Vec3{L, 0, 0}, Vec3{0, L, 0}, Vec3{0, 0, L}}; }

// Fractional coordinates for a cubic box of side L.
std::vector<double> fractional(const std::vector<Vec3> &x, double L)
{
  std::vector<double> s;
  for (const auto &p : x)
    for (double c : p) s.push_back(c / L);
  return s;
}

}    // namespace

TEST(StructureFactor, CubicBoxWavevectorShells)
{
  // |n|^2 = 1, 2, 3, 4 have 6, 12, 8, 6 vectors: 3, 6, 4, 3 after keeping one of each +-k.
  const double L = 10.0, dk = 2 * kPi / L;
  const auto w = box_wavevectors(cubic(L), 0.5 * dk, 2.05 * dk, 100);
  std::map<int, int> by_norm;
  for (size_t k = 0; k < w.n.size(); ++k) {
    const int n2 = w.n[k][0] * w.n[k][0] + w.n[k][1] * w.n[k][1] + w.n[k][2] * w.n[k][2];
    by_norm[n2]++;
    EXPECT_NEAR(w.magnitude[k], dk * std::sqrt(double(n2)), 1e-12);
  }
  EXPECT_EQ(by_norm, (std::map<int, int>{{1, 3}, {2, 6}, {3, 4}, {4, 3}}));
}

TEST(StructureFactor, TriclinicMagnitudesSatisfyReciprocity)
{
  // k . a_i = 2 pi n_i for the cell vectors a_i: solve for k independently (Cramer's rule).
  const std::array<Vec3, 3> cell{Vec3{12.0, 0, 0}, Vec3{3.0, 11.0, 0}, Vec3{-2.0, 1.5, 10.0}};
  const auto w = box_wavevectors(cell, 0.0, 2.0, 10);
  auto det = [](const std::array<Vec3, 3> &m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
           m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
           m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  };
  const double D = det(cell);
  for (size_t k = 0; k < w.n.size(); ++k) {
    Vec3 rhs{2 * kPi * w.n[k][0], 2 * kPi * w.n[k][1], 2 * kPi * w.n[k][2]};
    Vec3 kvec;
    for (int c = 0; c < 3; ++c) {
      auto m = cell;
      for (int r = 0; r < 3; ++r) m[r][c] = rhs[r];
      kvec[c] = det(m) / D;
    }
    EXPECT_NEAR(w.magnitude[k], std::sqrt(kvec[0] * kvec[0] + kvec[1] * kvec[1] + kvec[2] * kvec[2]), 1e-12);
  }
  // Completeness: count every n in a generous range whose k lies in [0, 2), one of each +-k.
  size_t expected = 0;
  for (int a = -20; a <= 20; ++a)
    for (int b = -20; b <= 20; ++b)
      for (int c = -20; c <= 20; ++c) {
        if (a < 0 || (a == 0 && (b < 0 || (b == 0 && c <= 0)))) continue;
        Vec3 rhs{2 * kPi * a, 2 * kPi * b, 2 * kPi * c}, kvec;
        for (int col = 0; col < 3; ++col) {
          auto m = cell;
          for (int r = 0; r < 3; ++r) m[r][col] = rhs[r];
          kvec[col] = det(m) / D;
        }
        expected += kvec[0] * kvec[0] + kvec[1] * kvec[1] + kvec[2] * kvec[2] < 4.0;
      }
  EXPECT_EQ(w.n.size(), expected);
  EXPECT_GT(expected, 50u);
}

TEST(StructureFactor, DensitySumsEqualDirectSum)
{
  // Random atoms in a cubic box: rho_s(k) against exp(-i k.r) summed with Cartesian k and r.
  const double L = 15.0;
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0.0, L);
  std::vector<Vec3> x(300);
  std::vector<int> species(300);
  for (int j = 0; j < 300; ++j) {
    x[j] = {u(rng), u(rng), u(rng)};
    species[j] = j % 3 == 0 ? -1 : j % 2;
  }
  const auto w = box_wavevectors(cubic(L), 0.0, 1.5, 5);
  const auto sums = partial_density_sums(fractional(x, L).data(), species.data(), 300, w);
  for (size_t k = 0; k < w.n.size(); ++k) {
    std::complex<double> direct[2];
    for (int j = 0; j < 300; ++j) {
      if (species[j] < 0) continue;
      double phase = 0;
      for (int d = 0; d < 3; ++d) phase += 2 * kPi * w.n[k][d] / L * x[j][d];
      direct[species[j]] += std::polar(1.0, -phase);
    }
    for (int s = 0; s < 2; ++s) {
      EXPECT_NEAR(sums[4 * k + 2 * s], direct[s].real(), 1e-9);
      EXPECT_NEAR(sums[4 * k + 2 * s + 1], direct[s].imag(), 1e-9);
    }
  }
}

TEST(StructureFactor, HandBuiltBhatiaThornton)
{
  // One wavevector with rho_A = 2, rho_B = i, one atom of each: N = 2, c_A = c_B = 1/2.
  // rho_N = 2 + i, rho_C = (2 - i)/2: S_NN = 5/2, S_CC = 1.25/2, S_NC = Re[(2+i)(1+i/2)]/2 = 0.75.
  BoxWavevectors w;
  w.n = {{1, 0, 0}};
  w.magnitude = {0.5};
  w.shell = {0};
  w.nbins = 1;
  w.qmin = 0.0;
  w.qmax = 1.0;
  const auto bt = bhatia_thornton({2.0, 0.0, 0.0, 1.0}, w, 1.0, 1.0);
  EXPECT_DOUBLE_EQ(bt.s_nn[0], 2.5);
  EXPECT_DOUBLE_EQ(bt.s_cc[0], 0.625);
  EXPECT_DOUBLE_EQ(bt.s_nc[0], 0.75);
  EXPECT_EQ(bt.count[0], 1);
  EXPECT_DOUBLE_EQ(bt.q[0], 0.5);
}

TEST(StructureFactor, RandomSolidSolutionGivesIdealMixingValue)
{
  // Random occupation of a simple-cubic lattice (20^3 sites, c_A = 0.3): S_CC = c_A c_B at every
  // k below the first Bragg peak, within counting error; S_NN = S_NC = 0 there (perfect lattice).
  const int n = 20;
  const double a = 2.5, L = n * a;
  std::vector<Vec3> x;
  std::vector<int> species;
  std::mt19937 rng(2024);
  std::bernoulli_distribution isA(0.3);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      for (int k = 0; k < n; ++k) {
        x.push_back({i * a, j * a, k * a});
        species.push_back(isA(rng) ? 0 : 1);
      }
  double nA = 0;
  for (int s : species) nA += s == 0;
  const double cA = nA / x.size(), ideal = cA * (1 - cA);
  const auto w = box_wavevectors(cubic(L), 0.1, 2.0, 10);    // 2 pi / a = 2.51
  const auto sums = partial_density_sums(fractional(x, L).data(), species.data(), int(x.size()), w);
  const auto bt = bhatia_thornton(sums, w, nA, x.size() - nA);
  double mean = 0;
  int total = 0;
  for (int s = 0; s < 10; ++s) {
    mean += bt.s_cc[s] * bt.count[s];
    total += bt.count[s];
    EXPECT_NEAR(bt.s_nn[s], 0.0, 1e-9);
    EXPECT_NEAR(bt.s_nc[s], 0.0, 1e-9);
  }
  mean /= total;
  // each |rho_C|^2/N is exponentially distributed about the ideal value: error ideal/sqrt(total)
  EXPECT_NEAR(mean, ideal, 4 * ideal / std::sqrt(double(total)));
  EXPECT_GT(total, 1000);
}

TEST(StructureFactor, CompositionWavePeaksAtItsWavevector)
{
  // A where sin(2 pi x / lambda) > 0 (lambda = L/4, on a lattice): the S_CC peak shell is
  // |k| = 2 pi / lambda exactly; the refined peak lies within that shell's neighbours.
  const int n = 24;
  const double a = 2.0, L = n * a, lambda = L / 4;
  std::vector<Vec3> x;
  std::vector<int> species;
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      for (int k = 0; k < n; ++k) {
        x.push_back({(i + 0.25) * a, j * a, k * a});
        species.push_back(std::sin(2 * kPi * x.back()[0] / lambda) > 0 ? 0 : 1);
      }
  const double dk = 2 * kPi / L;
  const auto w = box_wavevectors(cubic(L), 0.5 * dk, 7.5 * dk, 70);    // shells 0.1 dk wide
  const auto sums = partial_density_sums(fractional(x, L).data(), species.data(), int(x.size()), w);
  double nA = 0;
  for (int s : species) nA += s == 0;
  const auto bt = bhatia_thornton(sums, w, nA, x.size() - nA);
  const auto peak = find_peak(bt.q, bt.s_cc, bt.count);
  EXPECT_NEAR(peak.q_shell, 2 * kPi / lambda, 1e-12);
  EXPECT_NEAR(peak.q_refined, 2 * kPi / lambda, 0.6 * dk);
}

TEST(StructureFactor, PeakRefinementFindsParabolaVertex)
{
  // Points on y = 5 - (x - 1.23)^2 at unequal spacing: the vertex is found exactly.
  const std::vector<double> q = {1.0, 1.1, 1.25, 1.42, 1.6};
  std::vector<double> s;
  for (double x : q) s.push_back(5 - (x - 1.23) * (x - 1.23));
  const auto p = find_peak(q, s, {1, 1, 1, 1, 1});
  EXPECT_EQ(p.shell, 2);
  EXPECT_NEAR(p.q_refined, 1.23, 1e-12);
  // empty shells are skipped; a peak at the end of the range is not refined
  const auto edge = find_peak({1, 2, 3}, {1, 2, 3}, {1, 0, 1});
  EXPECT_EQ(edge.shell, 2);
  EXPECT_EQ(edge.q_refined, 3.0);
}

TEST(StructureFactor, SumsDoNotDependOnThreadCount)
{
  // 70,000 atoms: more than 64 blocks of 512, so the sums pass through several block groups.
  const int n = 70000;
  const double L = 100.0;
  std::mt19937 rng(99);
  std::uniform_real_distribution<double> u(0.0, L);
  std::vector<Vec3> x(n);
  std::vector<int> species(n);
  for (int j = 0; j < n; ++j) {
    x[j] = {u(rng), u(rng), u(rng)};
    species[j] = j % 2;
  }
  const auto w = box_wavevectors(cubic(L), 0.0, 0.2, 5);
  const auto s = fractional(x, L);
  const int saved = omp_get_max_threads();
  omp_set_num_threads(1);
  const auto one = partial_density_sums(s.data(), species.data(), n, w);
  omp_set_num_threads(3);
  const auto three = partial_density_sums(s.data(), species.data(), n, w);
  omp_set_num_threads(saved);
  EXPECT_EQ(one, three);
}

TEST(StructureFactor, ExpectedWavevectorCountMatchesEnumeration)
{
  // Counting lattice points in a shell: the volume estimate approaches the enumerated count as
  // the shell holds more points (cubic and triclinic cells)
  const std::array<Vec3, 3> tri{Vec3{20, 0, 0}, Vec3{4, 18, 0}, Vec3{-3, 5, 22}};
  for (const auto &cell : {cubic(25.0), tri})
    for (double qmax : {3.0, 6.0}) {
      const double enumerated = box_wavevectors(cell, 0.5, qmax, 10).n.size();
      EXPECT_NEAR(expected_wavevector_count(cell, 0.5, qmax) / enumerated, 1.0, 0.03) << qmax;
    }
}

TEST(StructureFactor, PlanarCellsUseInPlaneWavevectorsOnly)
{
  // a 2d simulation: the square lattice of 2 pi (n1, n2) / L, none with a z component however
  // thin the cell; counted against the lattice points of the half annulus done by hand
  const std::array<Vec3, 3> cell{Vec3{20, 0, 0}, Vec3{0, 20, 0}, Vec3{0, 0, 1.0}};
  const double qmin = 0.5, qmax = 4.0;
  const auto w = box_wavevectors(cell, qmin, qmax, 10, true);
  int expected = 0;
  for (int n1 = 0; n1 <= 20; ++n1)
    for (int n2 = -20; n2 <= 20; ++n2) {
      if (n1 == 0 && n2 <= 0) continue;
      const double q = 2 * kPi / 20 * std::sqrt(double(n1 * n1 + n2 * n2));
      expected += q >= qmin && q < qmax;
    }
  EXPECT_EQ(int(w.n.size()), expected);
  for (const auto &n : w.n) EXPECT_EQ(n[2], 0);
  EXPECT_NEAR(expected_wavevector_count(cell, qmin, qmax, true) / expected, 1.0, 0.03);
}

namespace {

// Density sums with a given S_CC(k) = |rho_C(k)|^2 / N on chosen wavevectors (zero elsewhere):
// rho_A = rho_C, rho_B = -rho_C makes c_B rho_A - c_A rho_B = rho_C for any composition.
std::vector<double> sums_with_scc(const BoxWavevectors &w, double N,
                                  const std::function<double(size_t)> &scc)
{
  std::vector<double> sums(4 * w.n.size(), 0.0);
  for (size_t k = 0; k < w.n.size(); ++k) {
    const double rho = std::sqrt(scc(k) * N);
    sums[4 * k] = rho;
    sums[4 * k + 2] = -rho;
  }
  return sums;
}

size_t index_of(const BoxWavevectors &w, std::array<int, 3> n)
{
  for (size_t k = 0; k < w.n.size(); ++k)
    if (w.n[k] == n) return k;
  ADD_FAILURE() << "no wavevector " << n[0] << " " << n[1] << " " << n[2];
  return 0;
}

}    // namespace

TEST(StructureFactor, FirstMomentIsExactForOneCompositionWave)
{
  // The case of the issue: one wave along 2 pi (2,1,0) / L in a 36 A box with shells of
  // 0.05 1/A. |k0| = 2 pi sqrt(5) / 36 = 0.3903; the parabola through the shell means gives a
  // biased value, the first moment gives |k0|
  const double L = 36.0, N = 1000.0;
  const auto w = box_wavevectors(cubic(L), 0.05, 1.0, 19);
  const size_t k0 = index_of(w, {2, 1, 0});
  const auto sums = sums_with_scc(w, N, [&](size_t k) { return k == k0 ? 250.0 : 0.0; });
  const auto shells = bhatia_thornton(sums, w, 500, 500);
  const auto peak = find_peak(shells.q, shells.s_cc, shells.count);
  const auto m = peak_first_moment(sums, w, 500, 500, shells, peak.shell);
  EXPECT_NEAR(m.q, 2 * kPi * std::sqrt(5.0) / L, 1e-12);
  EXPECT_NEAR(m.error, 0.0, 1e-12);
  EXPECT_GT(std::fabs(peak.q_refined - m.q), 1e-3) << "the parabola is biased here";
}

TEST(StructureFactor, FirstMomentOfTwoModesWeighsThemAsShellAverages)
{
  const double L = 36.0, N = 1000.0;
  const auto w = box_wavevectors(cubic(L), 0.05, 0.95, 9);    // shells 0.1 1/A wide
  // two waves in one shell: the S-weighted mean of their |k|
  const size_t a = index_of(w, {2, 1, 0}), b = index_of(w, {2, 1, 1});
  ASSERT_EQ(w.shell[a], w.shell[b]);
  auto sums = sums_with_scc(w, N, [&](size_t k) { return k == a ? 300.0 : k == b ? 100.0 : 0.0; });
  auto shells = bhatia_thornton(sums, w, 400, 600);
  auto m = peak_first_moment(sums, w, 400, 600, shells, find_peak(shells.q, shells.s_cc, shells.count).shell);
  EXPECT_NEAR(m.q, (300 * w.magnitude[a] + 100 * w.magnitude[b]) / 400, 1e-12);
  // one wave in each of two neighbouring shells, both above half the peak: each weighted by its
  // S_CC over its shell's count of wavevectors
  const size_t c = index_of(w, {2, 2, 0});
  ASSERT_EQ(w.shell[c], w.shell[a] + 1);
  sums = sums_with_scc(w, N, [&](size_t k) { return k == a ? 300.0 : k == c ? 250.0 : 0.0; });
  shells = bhatia_thornton(sums, w, 400, 600);
  const int peak = find_peak(shells.q, shells.s_cc, shells.count).shell;
  m = peak_first_moment(sums, w, 400, 600, shells, peak);
  const double wa = 300.0 / shells.count[w.shell[a]], wc = 250.0 / shells.count[w.shell[c]];
  ASSERT_GE(std::min(wa, wc), 0.5 * std::max(wa, wc)) << "both shells inside the half maximum";
  EXPECT_EQ(m.last_shell - m.first_shell, 1);
  EXPECT_NEAR(m.q, (wa * w.magnitude[a] + wc * w.magnitude[c]) / (wa + wc), 1e-12);
}

TEST(StructureFactor, FirstMomentOfABroadPeakIsItsCentre)
{
  // an isotropic Gaussian peak S_CC = exp(-(|k| - q0)^2 / (2 s^2)) on every wavevector: the
  // half-maximum window is symmetric about q0, so the first moment is q0 within the shell width
  // of the discrete window edges; the scatter over wavevectors gives a small, non-zero error
  const double L = 60.0, N = 5000.0, q0 = 0.42, sigma = 0.06;
  const auto w = box_wavevectors(cubic(L), 0.05, 1.0, 38);
  const auto sums = sums_with_scc(w, N, [&](size_t k) {
    const double d = w.magnitude[k] - q0;
    return std::exp(-d * d / (2 * sigma * sigma));
  });
  const auto shells = bhatia_thornton(sums, w, 2500, 2500);
  const auto peak = find_peak(shells.q, shells.s_cc, shells.count);
  const auto m = peak_first_moment(sums, w, 2500, 2500, shells, peak.shell);
  const double width = 0.95 / 38;
  EXPECT_NEAR(m.q, q0, 0.2 * width);
  EXPECT_GT(m.error, 0.0);
  EXPECT_LT(m.error, width);
  EXPECT_GE(m.last_shell - m.first_shell, 4) << "a broad peak spans several shells";
}
