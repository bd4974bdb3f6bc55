#include "eam_zhou.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

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

TEST(EamZhou, SetflLayout)
{
  const auto cu = zhou2004_cu(), nb = wu2023_nb();
  SetflGrid grid;
  grid.nrho = 200;
  grid.nr = 300;
  grid.cutoff = 6.0;
  const std::string text = write_setfl({cu, nb}, {0.9, 1.0}, grid, {"a", "b", "c"});
  std::istringstream in(text);
  std::string line;
  for (int i = 0; i < 3; ++i) std::getline(in, line);
  std::getline(in, line);
  EXPECT_EQ(line, "2 Cu Nb");
  int nrho, nr;
  double drho, dr, cut;
  in >> nrho >> drho >> nr >> dr >> cut;
  EXPECT_EQ(nrho, 200);
  EXPECT_EQ(nr, 300);
  EXPECT_DOUBLE_EQ(cut, 6.0);
  EXPECT_NEAR(dr, 6.0 / 299, 1e-15);
  EXPECT_NEAR(drho, 3 * nb.rhoe / 199, 1e-12);
  std::vector<double> F(nrho), rho(nr);
  int z;
  double mass, a0;
  std::string lattice;
  in >> z >> mass >> a0 >> lattice;
  EXPECT_EQ(z, 29);
  EXPECT_EQ(lattice, "fcc");
  for (auto &v : F) in >> v;
  for (auto &v : rho) in >> v;
  EXPECT_NEAR(F[57], cu.embedding(57 * drho), 1e-12);
  EXPECT_NEAR(rho[123], cu.density(123 * dr), 1e-12);
  in >> z >> mass >> a0 >> lattice;
  EXPECT_EQ(z, 41);
  for (auto &v : F) in >> v;
  for (auto &v : rho) in >> v;
  std::vector<double> rphi(3 * nr);    // Cu-Cu, Nb-Cu, Nb-Nb
  for (auto &v : rphi) in >> v;
  EXPECT_TRUE(static_cast<bool>(in));
  double extra;
  EXPECT_FALSE(static_cast<bool>(in >> extra)) << "trailing values";
  const double r = 150 * dr;
  EXPECT_NEAR(rphi[150], r * cu.pair(r), 1e-12);
  EXPECT_NEAR(rphi[nr + 150], r * cross_pair(nb, cu, r, {0.9, 1.0}), 1e-12);
  EXPECT_NEAR(rphi[2 * nr + 150], r * nb.pair(r), 1e-12);
  EXPECT_THROW(write_setfl({cu, nb}, {0.9, 1.0}, grid, {"a", "b"}), std::invalid_argument);
  EXPECT_THROW(write_setfl({cu, nb}, {0.9, 1.0}, grid, {"a", std::string(1200, 'x'), "c"}), std::invalid_argument);
}
