#include "common_neighbour_analysis.h"
#include "crystal_builders.h"

#include <gtest/gtest.h>
#include <omp.h>

#include <map>
#include <random>
#include <tuple>

using namespace cunbglass::core;
using cunbglass::test::Vec3;

namespace {

struct Analysed {
  ImagedPositions imaged;
  NeighbourGraph graph;
};

Analysed analyse(const std::vector<Vec3> &atoms, const Box &box, double cutoff)
{
  Analysed a{add_periodic_images(atoms, box, cutoff), {}};
  a.graph = brute_force_neighbours(a.imaged, cutoff);
  return a;
}

// Histogram of CNA signatures over all bonds of all atoms.
std::map<std::tuple<int, int, int>, int> signature_counts(const Analysed &a, double cutoff)
{
  std::map<std::tuple<int, int, int>, int> counts;
  for (int c = 0; c < a.graph.num_centres(); ++c)
    for (const auto &s : cna_signatures(a.imaged.x.data(), c, a.graph.begin(c), a.graph.end(c), cutoff))
      counts[{s.common, s.bonds, s.chain}]++;
  return counts;
}

std::vector<int> labels_of(const Analysed &a, double cutoff)
{
  std::vector<unsigned char> selected(a.graph.num_centres(), 1);
  auto labels = label_full_icosahedra(a.imaged.x.data(), a.graph, selected, cutoff,
                                      static_cast<int>(a.imaged.original.size()));
  // fold image labels back onto the atoms they are images of
  std::vector<int> folded(a.imaged.num_owned, 0);
  for (size_t e = 0; e < labels.size(); ++e)
    folded[a.imaged.original[e]] = std::max(folded[a.imaged.original[e]], labels[e]);
  return folded;
}

}    // namespace

TEST(CommonNeighbourAnalysis, PerfectIcosahedronCentreAndVertices)
{
  // Centre-vertex 2.5; edge 2.63; next vertex-vertex distance 4.25: cutoff 3.0 separates them.
  const auto atoms = cunbglass::test::icosahedron(2.5);
  const auto a = analyse(atoms, Box::orthogonal({50, 50, 50}, false), 3.0);
  ASSERT_EQ(a.graph.degree(0), 12);
  for (const auto &s : cna_signatures(a.imaged.x.data(), 0, a.graph.begin(0), a.graph.end(0), 3.0))
    EXPECT_EQ(s, (CnaSignature{5, 5, 5}));
  const auto labels = labels_of(a, 3.0);
  EXPECT_EQ(labels[0], 2);
  for (int v = 1; v <= 12; ++v) EXPECT_EQ(labels[v], 1) << "vertex " << v;
}

TEST(CommonNeighbourAnalysis, VertexPushedBeyondCutoffIsNotCounted)
{
  auto atoms = cunbglass::test::icosahedron(2.5);
  for (auto &c : atoms[5]) c *= 1.25;    // 3.125 from the centre, beyond the 3.0 cutoff
  const auto labels = labels_of(analyse(atoms, Box::orthogonal({50, 50, 50}, false), 3.0), 3.0);
  for (int label : labels) EXPECT_EQ(label, 0);
}

TEST(CommonNeighbourAnalysis, FccBondsAre421)
{
  const double a0 = 3.615, cutoff = 0.5 * (a0 / std::sqrt(2.0) + a0);    // between shells 1, 2
  const auto a = analyse(cunbglass::test::fcc(a0, 3), Box::orthogonal({3 * a0, 3 * a0, 3 * a0}), cutoff);
  const auto counts = signature_counts(a, cutoff);
  ASSERT_EQ(counts.size(), 1u);
  EXPECT_EQ(counts.begin()->first, std::make_tuple(4, 2, 1));
  EXPECT_EQ(counts.begin()->second, 12 * 108);
  for (int label : labels_of(a, cutoff)) EXPECT_EQ(label, 0);
}

TEST(CommonNeighbourAnalysis, HcpBondsAre421And422)
{
  const double d = 2.5, cutoff = 0.5 * (d + d * std::sqrt(2.0));
  Box box;
  const auto atoms = cunbglass::test::hcp(d, 4, 2, 2, box);
  const auto a = analyse(atoms, box, cutoff);
  const auto counts = signature_counts(a, cutoff);
  ASSERT_EQ(counts.size(), 2u);
  const int natoms = static_cast<int>(atoms.size());
  EXPECT_EQ(counts.at({4, 2, 1}), 6 * natoms);
  EXPECT_EQ(counts.at({4, 2, 2}), 6 * natoms);
  for (int label : labels_of(a, cutoff)) EXPECT_EQ(label, 0);
}

TEST(CommonNeighbourAnalysis, BccBondsAre666And444)
{
  // bcc is analysed with its first two shells (8 + 6 neighbours): 8 x 666 and 6 x 444.
  const double a0 = 3.3, cutoff = 0.5 * (a0 + a0 * std::sqrt(2.0));
  const auto a = analyse(cunbglass::test::bcc(a0, 3), Box::orthogonal({3 * a0, 3 * a0, 3 * a0}), cutoff);
  const auto counts = signature_counts(a, cutoff);
  ASSERT_EQ(counts.size(), 2u);
  EXPECT_EQ(counts.at({6, 6, 6}), 8 * 54);
  EXPECT_EQ(counts.at({4, 4, 4}), 6 * 54);
  for (int label : labels_of(a, cutoff)) EXPECT_EQ(label, 0);
}

TEST(CommonNeighbourAnalysis, ResultDoesNotDependOnThreadCount)
{
  // Many icosahedra with random distortions, some broken: labels must be identical for 1 and
  // 4 threads.
  std::mt19937 rng(12345);
  std::normal_distribution<double> noise(0.0, 0.08);
  std::vector<Vec3> atoms;
  for (int cx = 0; cx < 6; ++cx)
    for (int cy = 0; cy < 6; ++cy)
      for (int cz = 0; cz < 6; ++cz)
        for (auto p : cunbglass::test::icosahedron(2.5)) {
          atoms.push_back({p[0] + 8.0 * cx + noise(rng), p[1] + 8.0 * cy + noise(rng), p[2] + 8.0 * cz + noise(rng)});
        }
  const auto a = analyse(atoms, Box::orthogonal({48, 48, 48}), 2.9);
  const int saved = omp_get_max_threads();
  omp_set_num_threads(1);
  const auto one = labels_of(a, 2.9);
  omp_set_num_threads(4);
  const auto four = labels_of(a, 2.9);
  omp_set_num_threads(saved);
  EXPECT_EQ(one, four);
  int centres = 0;
  for (int label : one) centres += label == 2;
  EXPECT_GT(centres, 0);
  EXPECT_LT(centres, 216);    // the noise must break some
}

TEST(CommonNeighbourAnalysis, TooManyNeighboursIsRefused)
{
  const auto atoms = cunbglass::test::fcc(3.615, 3);
  const auto a = analyse(atoms, Box::orthogonal({3 * 3.615, 3 * 3.615, 3 * 3.615}), 7.0);
  EXPECT_THROW(cna_signatures(a.imaged.x.data(), 0, a.graph.begin(0), a.graph.end(0), 7.0), std::length_error);
}
