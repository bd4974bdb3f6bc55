/* compute sq/bt through LAMMPS on 1 and 2 ranks. Independent references: a brute-force direct
 * sum written here (explicit Cartesian wavevectors, cos/sin), the ideal random solution
 * S_CC = c_A c_B, and an imposed composition wave. */
#include "lammps_fixture.h"
#include "reference_data.h"

#include "library.h"

#include <cmath>
#include <complex>
#include <string>
#include <vector>


namespace {

constexpr double kPi = 3.14159265358979323846;

class SqBt : public cunbglass::test::LammpsTest {
 protected:

  struct Shells {
    std::vector<double> q, snn, snc, scc, count;
  };

  // Direct evaluation: every k = 2 pi H^-T n of the (triclinic) box in [qmin, qmax), one of each
  // +-k, S from explicit sums of cos and sin over Cartesian positions of types A (1) and B (2).
  Shells brute_force(double qmin, double qmax, int nbins)
  {
    const auto [lx, ly, lz, xy, yz, xz] = cell();
    const auto x = positions();
    const auto type = types();
    double nA = 0, nB = 0;
    for (int t : type) (t == 1 ? nA : nB) += 1;
    const double N = nA + nB, cA = nA / N, cB = nB / N, width = (qmax - qmin) / nbins;
    Shells out;
    out.q.assign(nbins, 0);
    out.snn = out.snc = out.scc = out.count = out.q;
    const int nm = 12;
    for (int a = 0; a <= nm; ++a)
      for (int b = -nm; b <= nm; ++b)
        for (int c = -nm; c <= nm; ++c) {
          if (a == 0 && (b < 0 || (b == 0 && c <= 0))) continue;
          // reciprocal of cell (lx,0,0), (xy,ly,0), (xz,yz,lz): k solves k.a_i = 2 pi n_i
          const double kx = 2 * kPi * a / lx;
          const double ky = (2 * kPi * b - kx * xy) / ly;
          const double kz = (2 * kPi * c - kx * xz - ky * yz) / lz;
          const double mag = std::sqrt(kx * kx + ky * ky + kz * kz);
          if (mag < qmin || mag >= qmax) continue;
          std::complex<double> rho[2];
          for (size_t j = 0; j < type.size(); ++j) {
            const double phase = kx * x[3 * j] + ky * x[3 * j + 1] + kz * x[3 * j + 2];
            rho[type[j] - 1] += std::complex<double>(std::cos(phase), -std::sin(phase));
          }
          const auto rn = rho[0] + rho[1], rc = cB * rho[0] - cA * rho[1];
          const int s = std::min(nbins - 1, int((mag - qmin) / width));
          out.q[s] += mag;
          out.snn[s] += std::norm(rn) / N;
          out.scc[s] += std::norm(rc) / N;
          out.snc[s] += (rn * std::conj(rc)).real() / N;
          out.count[s] += 1;
        }
    for (int s = 0; s < nbins; ++s)
      if (out.count[s] > 0)
        for (auto *v : {&out.q, &out.snn, &out.snc, &out.scc}) (*v)[s] /= out.count[s];
    return out;
  }

  void expect_matches_brute_force(double qmin, double qmax, int nbins)
  {
    const auto ref = brute_force(qmin, qmax, nbins);
    int filled = 0;
    for (int s = 0; s < nbins; ++s) {
      ASSERT_EQ(global_array("sq", s, 4), ref.count[s]) << "shell " << s;
      if (ref.count[s] == 0) continue;
      ++filled;
      EXPECT_NEAR(global_array("sq", s, 0), ref.q[s], 1e-10) << "shell " << s;
      EXPECT_NEAR(global_array("sq", s, 1), ref.snn[s], 1e-9 * (1 + ref.snn[s])) << "shell " << s;
      EXPECT_NEAR(global_array("sq", s, 2), ref.snc[s], 1e-9 * (1 + std::fabs(ref.snc[s]))) << "shell " << s;
      EXPECT_NEAR(global_array("sq", s, 3), ref.scc[s], 1e-9 * (1 + ref.scc[s])) << "shell " << s;
    }
    EXPECT_GT(filled, nbins / 2);
  }
};

TEST_F(SqBt, GlassMatchesBruteForce)
{
  load_cuzr_glass();
  run("compute sq all sq/bt 1 2 0.2 3.5 25\nrun 0");
  expect_matches_brute_force(0.2, 3.5, 25);
}

TEST_F(SqBt, TriclinicGlassMatchesBruteForce)
{
  load_cuzr_glass("change_box all triclinic\nchange_box all xy final 3.0 xz final -2.0 yz final 1.5 remap\n");
  run("compute sq all sq/bt 1 2 0.2 3.5 25\nrun 0");
  expect_matches_brute_force(0.2, 3.5, 25);
}

TEST_F(SqBt, TwoDimensionalSimulationUsesInPlaneWavevectors)
{
  // dimension 2 with a cell 1 A thick: k = (0, 0, 2 pi) would fall in [6.0, 6.6) but is not a
  // wavevector of a 2d system; the shells hold exactly the in-plane k = 2 pi (n1, n2) / 20
  run("units metal\ndimension 2\nlattice sq 1.0\nregion box block 0 20 0 20 -0.5 0.5\ncreate_box 2 box\n"
      "create_atoms 1 box\nset type 1 type/fraction 2 0.5 99\nmass * 1.0\n"
      "compute sq all sq/bt 1 2 6.0 6.6 3\nrun 0");
  std::vector<int> expected(3, 0);
  for (int n1 = 0; n1 <= 21; ++n1)
    for (int n2 = -21; n2 <= 21; ++n2) {
      if (n1 == 0 && n2 <= 0) continue;
      const double q = 2 * kPi / 20 * std::sqrt(double(n1 * n1 + n2 * n2));
      if (q >= 6.0 && q < 6.6) ++expected[int((q - 6.0) / 0.2)];
    }
  for (int s = 0; s < 3; ++s) EXPECT_EQ(global_array("sq", s, 4), expected[s]) << "shell " << s;
}

TEST_F(SqBt, RandomSolidSolutionIsIdeal)
{
  // Random occupation of a simple-cubic lattice: S_CC = c_A c_B within counting error, and
  // S_NN = S_NC = 0 below the first Bragg peak (2 pi / a = 2.51 1/A).
  run("units metal\nlattice sc 2.5\nregion box block 0 16 0 16 0 16\ncreate_box 2 box\n"
      "create_atoms 1 box\nset type 1 type/fraction 2 0.4 7411\nmass * 1.0\n"
      "compute sq all sq/bt 1 2 0.1 2.4 23\nrun 0");
  double cB = 0;
  for (int t : types()) cB += t == 2;
  cB /= natoms();
  const double ideal = cB * (1 - cB);
  double mean = 0, total = 0;
  for (int s = 0; s < 23; ++s) {
    const double count = global_array("sq", s, 4);
    mean += global_array("sq", s, 3) * count;
    total += count;
    EXPECT_NEAR(global_array("sq", s, 1), 0.0, 1e-8);
    EXPECT_NEAR(global_array("sq", s, 2), 0.0, 1e-8);
  }
  mean /= total;
  EXPECT_NEAR(mean, ideal, 4 * ideal / std::sqrt(total));
}

TEST_F(SqBt, CompositionWavePeaksAtItsWavelength)
{
  // Type 1 where sin(2 pi x / lambda) > 0, lambda = L / 3 = 16 A: q_max = 2 pi / lambda.
  run("units metal\nlattice sc 2.0\nregion box block 0 24 0 24 0 24\ncreate_box 2 box\n"
      "create_atoms 1 box\nmass * 1.0\n"
      "variable wave atom sin(2*PI*(x+0.5)/16.0)<0\ngroup B variable wave\nset group B type 2\n"
      "compute sq all sq/bt 1 2 0.05 1.0 95\nthermo_style custom step c_sq[1] c_sq[2]\nrun 0");
  const double expected = 2 * kPi / 16.0, dk = 2 * kPi / 48.0;
  EXPECT_NEAR(global_vector("sq", 2), expected, 1e-12);              // peak shell's mean |k|
  EXPECT_NEAR(global_vector("sq", 0), expected, 0.6 * dk);           // refined q_max
  EXPECT_NEAR(global_vector("sq", 1), 2 * kPi / global_vector("sq", 0), 1e-12);    // lambda_C
  EXPECT_GT(global_vector("sq", 3), 10.0);    // S_CC at the peak: the wave is strong
  // the first moment over the peak: exactly |k| of the wave, with no scatter to report
  EXPECT_NEAR(global_vector("sq", 4), expected, 1e-12);
  EXPECT_NEAR(global_vector("sq", 5), 16.0, 1e-9);
  EXPECT_NEAR(global_vector("sq", 6), 0.0, 1e-12);
}

TEST_F(SqBt, FirstMomentIsExactForAnObliqueWave)
{
  // The case: a wave along 2 pi (2,1,0) / L in a 36 A box (sc lattice, spacing 2 A),
  // shells of 0.05 1/A: |k0| = 2 pi sqrt(5) / 36 = 0.3903 1/A, where the parabola through the
  // shell means gave 0.3748. Types by the sign of cos(k0 . r) on the lattice: within
  // [0.05, 1.0) only k0 (and its equivalents by symmetry of the wave, none here) carries S_CC.
  run("units metal\nlattice sc 2.0\nregion box block 0 18 0 18 0 18\ncreate_box 2 box\n"
      "create_atoms 1 box\nmass * 1.0\n"
      "variable wave atom cos(2*PI*(2*x+y)/36.0+0.3)<0\ngroup B variable wave\nset group B type 2\n"
      "compute sq all sq/bt 1 2 0.05 1.0 19\nthermo_style custom step c_sq[1]\nrun 0");
  const double k0 = 2 * kPi * std::sqrt(5.0) / 36.0;
  EXPECT_NEAR(global_vector("sq", 4), k0, 1e-9);
  EXPECT_LT(global_vector("sq", 6), 1e-9);
  EXPECT_GT(std::fabs(global_vector("sq", 0) - k0), 0.005) << "the parabola vertex is biased here";
}

TEST_F(SqBt, TimeAveragingWithFixAveTime)
{
  load_cuzr_glass();
  run("compute sq all sq/bt 1 2 0.2 3.5 25\n"
      "fix avg all ave/time 1 3 3 c_sq[*] mode vector\n"
      "fix peak all ave/time 1 3 3 c_sq[1] c_sq[2]\n"
      "run 3");
  // no dynamics: the average equals the instantaneous value
  // (lammps_extract_fix returns one element of a global array in memory the caller frees)
  for (int s = 0; s < 25; ++s) {
    auto *avg = static_cast<double *>(lammps_extract_fix(lmp, "avg", 0, 2, s, 3));
    ASSERT_NE(avg, nullptr);
    EXPECT_NEAR(*avg, global_array("sq", s, 3), 1e-12);
    lammps_free(avg);
  }
}

TEST_F(SqBt, RegressionOnReferenceGlass)
{
  load_cuzr_glass();
  run("compute sq all sq/bt 1 2 0.2 3.5 25\nrun 0");
  cunbglass::test::ReferenceData expected("compute_sq_bt");
  expected.check("cuzr_glass_432.q_max", global_vector("sq", 0));
  expected.check("cuzr_glass_432.S_CC_peak", global_vector("sq", 3));
  expected.check("cuzr_glass_432.S_NN_shell12", global_array("sq", 12, 1));
  expected.check("cuzr_glass_432.S_CC_shell0", global_array("sq", 0, 3));
}

}    // namespace
