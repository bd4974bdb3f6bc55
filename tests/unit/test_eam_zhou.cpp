#include "eam_zhou.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <string>
#include <vector>

using namespace cunbglass::core;

namespace {

// Zhou's embedding branches were fitted to meet at rho_in = 0.85 rhoe and rho_out = 1.15 rhoe;
// a mistyped parameter breaks that, so continuity checks the transcription of the tables.
void expect_continuous_embedding(const ZhouEamElement &e, double tolerance)
{
  for (double edge : {0.85 * e.rhoe, e.rhoe, 1.15 * e.rhoe}) {
    const double below = e.embedding(edge * (1 - 1e-12)), above = e.embedding(edge * (1 + 1e-12));
    EXPECT_NEAR(below, above, tolerance) << e.symbol << " at rho = " << edge;
  }
}

}    // namespace

TEST(EamZhou, EmbeddingBranchesJoin)
{
  expect_continuous_embedding(zhou2004_cu(), 5e-5);
  expect_continuous_embedding(wu2023_nb(), 5e-5);
}

TEST(EamZhou, AnalyticValuesAtEquilibrium)
{
  for (const auto &e : {zhou2004_cu(), wu2023_nb()}) {
    // x = 1: exponentials are 1, so f(re) = fe / (1 + (1 - lambda)^n), likewise phi(re).
    EXPECT_DOUBLE_EQ(e.density(e.re), e.fe / (1 + std::pow(1 - e.lambda, e.n)));
    EXPECT_DOUBLE_EQ(e.pair(e.re), e.A / (1 + std::pow(1 - e.kappa, e.m)) -
                                       e.B / (1 + std::pow(1 - e.lambda, e.n)));
    EXPECT_DOUBLE_EQ(e.embedding(e.rhoe), e.F[0]);
  }
}

TEST(EamZhou, WuPowerTermsActOnlyAboveShift)
{
  // Nb (Wu 2023): below x = lambda the density is the bare exponential.
  const auto nb = wu2023_nb();
  const double r = 0.2 * nb.re;    // x = 0.2 < lambda = 0.369
  EXPECT_DOUBLE_EQ(nb.density(r), nb.fe * std::exp(-nb.beta * (0.2 - 1)));
  EXPECT_TRUE(std::isfinite(nb.pair(0.3 * nb.re)));
  EXPECT_GT(nb.pair(0.3 * nb.re), 0.0);    // strongly repulsive at short range
}

TEST(EamZhou, CrossPairRule)
{
  const auto cu = zhou2004_cu(), nb = wu2023_nb();
  for (double r : {1.8, 2.5, 3.1, 4.4, 6.0}) {
    EXPECT_NEAR(cross_pair(cu, cu, r, {1.0, 1.0}), cu.pair(r), 1e-14);
    EXPECT_NEAR(cross_pair(cu, nb, r, {0.85, 1.0}), cross_pair(nb, cu, r, {0.85, 1.0}), 1e-14);
    EXPECT_NEAR(cross_pair(cu, cu, r, {0.85, 1.0}), cu.pair_repulsive(r) - 0.85 * cu.pair_attractive(r), 1e-14);
    // weaker attraction raises the cross pair at every distance
    EXPECT_GT(cross_pair(cu, nb, r, {0.85, 1.0}), cross_pair(cu, nb, r, {1.0, 1.0}));
    // a distance scale evaluates the rule at the scaled distance: the well moves in by 1/lambda
    const double lambda = 1.04;
    const double cu_rule = 0.5 * (cu.pair_repulsive(lambda * r) - 0.9 * cu.pair_attractive(lambda * r));
    EXPECT_NEAR(cross_pair(cu, cu, r, {0.9, lambda}), 2 * cu_rule, 1e-14);
    EXPECT_NEAR(cross_pair(cu, nb, r, {0.9, lambda}), cross_pair(cu, nb, lambda * r, {0.9, 1.0}), 1e-14);
  }
}

namespace {

// The tables of a two-element setfl text, read back in the file's order.
struct SetflTables {
  std::string elements;
  int nrho = 0, nr = 0, z[2] = {0, 0};
  double drho = 0, dr = 0, cutoff = 0;
  std::string lattice[2];
  std::vector<double> F[2], rho[2], rphi;    // rphi: Cu-Cu, Nb-Cu, Nb-Nb
  bool complete = false;                     // every value read and nothing after them
};

SetflTables read_setfl(const std::string &text)
{
  SetflTables t;
  std::istringstream in(text);
  std::string line;
  for (int i = 0; i < 3; ++i) std::getline(in, line);
  std::getline(in, t.elements);
  in >> t.nrho >> t.drho >> t.nr >> t.dr >> t.cutoff;
  for (int e = 0; e < 2; ++e) {
    double mass, a0;
    in >> t.z[e] >> mass >> a0 >> t.lattice[e];
    t.F[e].resize(t.nrho);
    t.rho[e].resize(t.nr);
    for (auto &v : t.F[e]) in >> v;
    for (auto &v : t.rho[e]) in >> v;
  }
  t.rphi.resize(3 * t.nr);
  for (auto &v : t.rphi) in >> v;
  double extra;
  t.complete = static_cast<bool>(in) && !(in >> extra);
  return t;
}

}    // namespace

TEST(EamZhou, SetflLayout)
{
  const auto cu = zhou2004_cu(), nb = wu2023_nb();
  SetflGrid grid;
  grid.nrho = 200;
  grid.nr = 300;
  grid.cutoff = 6.0;
  const auto t = read_setfl(write_setfl({cu, nb}, {0.9, 1.0}, grid, {"a", "b", "c"}));
  EXPECT_TRUE(t.complete) << "missing or trailing values";
  EXPECT_EQ(t.elements, "2 Cu Nb");
  EXPECT_EQ(t.nrho, 200);
  EXPECT_EQ(t.nr, 300);
  EXPECT_DOUBLE_EQ(t.cutoff, 6.0);
  EXPECT_NEAR(t.dr, 6.0 / 299, 1e-15);
  EXPECT_NEAR(t.drho, 3 * nb.rhoe / 199, 1e-12);
  EXPECT_EQ(t.z[0], 29);
  EXPECT_EQ(t.lattice[0], "fcc");
  EXPECT_EQ(t.z[1], 41);
  EXPECT_NEAR(t.F[0][57], cu.embedding(57 * t.drho), 1e-12);
  EXPECT_NEAR(t.rho[0][123], cu.density(123 * t.dr), 1e-12);
  const double r = 150 * t.dr;
  EXPECT_NEAR(t.rphi[150], r * cu.pair(r), 1e-12);
  EXPECT_NEAR(t.rphi[t.nr + 150], r * cross_pair(nb, cu, r, {0.9, 1.0}), 1e-12);
  EXPECT_NEAR(t.rphi[2 * t.nr + 150], r * nb.pair(r), 1e-12);
  EXPECT_THROW(write_setfl({cu, nb}, {0.9, 1.0}, grid, {"a", "b"}), std::invalid_argument);
  EXPECT_THROW(write_setfl({cu, nb}, {0.9, 1.0}, grid, {"a", std::string(1200, 'x'), "c"}), std::invalid_argument);
}

TEST(EamZhou, DensityScaleActsOnTheSecondElementsManyBodyTermOnly)
{
  // t f_Nb with F_Nb(rho / t): at the density t S that pure Nb of density S now has, the file's
  // embedding value is F_Nb(S), so pure Nb is unchanged; Cu's functions and every pair are too.
  const auto cu = zhou2004_cu(), nb = wu2023_nb();
  SetflGrid grid;
  grid.nrho = 400;
  grid.nr = 300;
  const double s = 0.85, t = 1.25;
  const auto plain = read_setfl(write_setfl({cu, nb}, {s, 1.0}, grid, {"a", "b", "c"}));
  const auto scaled = read_setfl(write_setfl({cu, nb}, {s, 1.0, t}, grid, {"a", "b", "c"}));
  ASSERT_TRUE(scaled.complete);
  EXPECT_NEAR(scaled.drho, 3 * t * nb.rhoe / 399, 1e-12) << "the grid reaches 3 x the scaled rhoe";
  for (int k : {0, 40, 150, 299}) {
    EXPECT_NEAR(scaled.rho[1][k], t * plain.rho[1][k], 1e-12 * (1 + plain.rho[1][k]));
    EXPECT_NEAR(scaled.rho[0][k], plain.rho[0][k], 1e-12 * (1 + plain.rho[0][k]));
    for (int p = 0; p < 3; ++p) EXPECT_DOUBLE_EQ(scaled.rphi[p * grid.nr + k], plain.rphi[p * grid.nr + k]);
  }
  for (int k : {1, 100, 250, 399}) {
    const double rho = k * scaled.drho;
    EXPECT_NEAR(scaled.F[1][k], nb.embedding(rho / t), 1e-12);
    EXPECT_NEAR(scaled.F[0][k], cu.embedding(rho), 1e-12);
  }
  EXPECT_THROW(write_setfl({cu, nb}, {s, 1.0, 0.0}, grid, {"a", "b", "c"}), std::invalid_argument);
  EXPECT_THROW(write_setfl({cu}, {s, 1.0, 1.2}, grid, {"a", "b", "c"}), std::invalid_argument);
}

