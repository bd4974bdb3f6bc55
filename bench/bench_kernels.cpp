/* Google Benchmark of the core kernels on synthetic inputs (no LAMMPS): per-call cost and its
 * scaling with the number of atoms (the slope of log time against log N). */
#include "common_neighbour_analysis.h"
#include "cell_grid.h"
#include "crystal_builders.h"
#include "interface_profile.h"
#include "local_concentration.h"
#include "structure_factor.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace cunbglass::core;

namespace {

// A dense random packing of n atoms (number density of Cu-Nb liquid, 0.06 / A^3).
std::vector<Vec3> random_atoms(int n, double &L, unsigned seed = 5)
{
  L = std::cbrt(n / 0.06);
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0.0, L);
  std::vector<Vec3> x(n);
  for (auto &p : x) p = {u(rng), u(rng), u(rng)};
  return x;
}

void BM_IcosahedronLabels(benchmark::State &state)
{
  double L;
  const auto x = random_atoms(static_cast<int>(state.range(0)), L);
  const auto imaged = add_periodic_images(x, Box::orthogonal({L, L, L}), 3.5);
  const auto graph = brute_force_neighbours(imaged, 3.5);
  std::vector<unsigned char> selected(x.size(), 1);
  for (auto _ : state)
    benchmark::DoNotOptimize(label_full_icosahedra(imaged.x.data(), graph, selected, 3.5,
                                                   static_cast<int>(imaged.original.size())));
  state.SetComplexityN(state.range(0));
}

void BM_DensitySums(benchmark::State &state)
{
  double L;
  const auto x = random_atoms(static_cast<int>(state.range(0)), L);
  std::vector<double> s;
  std::vector<int> species;
  for (size_t j = 0; j < x.size(); ++j) {
    for (double c : x[j]) s.push_back(c / L);
    species.push_back(j % 2);
  }
  // second argument: qmax in 1/(10 A) (4: the small-q range; 20: examples/anneal.in's 2 1/A)
  const auto waves = box_wavevectors({Vec3{L, 0, 0}, Vec3{0, L, 0}, Vec3{0, 0, L}}, 0.05,
                                     0.1 * state.range(1), 20);
  for (auto _ : state)
    benchmark::DoNotOptimize(partial_density_sums(s.data(), species.data(), int(x.size()), waves));
  state.SetComplexityN(state.range(0));
}

void BM_LocalCounts(benchmark::State &state)
{
  double L;
  const auto x = random_atoms(static_cast<int>(state.range(0)), L);
  const auto imaged = add_periodic_images(x, Box::orthogonal({L, L, L}), 7.0);
  std::vector<int> type(imaged.original.size());
  for (size_t e = 0; e < type.size(); ++e) type[e] = 1 + imaged.original[e] % 2;
  std::vector<unsigned char> selected(x.size(), 1);
  // the cell search included (conc/atom builds no list)
  for (auto _ : state)
    benchmark::DoNotOptimize(local_counts(imaged.x.data(), imaged.num_owned, static_cast<int>(type.size()),
                                          type.data(), {false, true, false}, selected, 7.0));
  state.SetComplexityN(state.range(0));
}

// the 3.5 A graph of ico/atom and percolation (owned atoms and their images as ghosts)
void BM_NeighboursWithin(benchmark::State &state)
{
  double L;
  const auto x = random_atoms(static_cast<int>(state.range(0)), L);
  const auto imaged = add_periodic_images(x, Box::orthogonal({L, L, L}), 3.5);
  for (auto _ : state)
    benchmark::DoNotOptimize(neighbours_within(imaged.x.data(), imaged.num_owned,
                                               static_cast<int>(imaged.original.size()), 3.5));
  state.SetComplexityN(state.range(0));
}

// ico/interface's search: the nearest of a third of the atoms (the interface) within 10 A
void BM_DistanceToMarked(benchmark::State &state)
{
  double L;
  const auto x = random_atoms(static_cast<int>(state.range(0)), L);
  const auto imaged = add_periodic_images(x, Box::orthogonal({L, L, L}), 10.0);
  std::vector<unsigned char> marked(imaged.original.size());
  for (size_t e = 0; e < marked.size(); ++e) marked[e] = imaged.original[e] % 3 == 0;
  for (auto _ : state)
    benchmark::DoNotOptimize(distance_to_marked(imaged.x.data(), imaged.num_owned, static_cast<int>(marked.size()),
                                                marked, 10.0));
  state.SetComplexityN(state.range(0));
}

}    // namespace

BENCHMARK(BM_IcosahedronLabels)->RangeMultiplier(2)->Range(1000, 4000)->Complexity(benchmark::oN);
BENCHMARK(BM_DensitySums)->ArgsProduct({{2000, 8000, 32000}, {4}})->Complexity(benchmark::oN);
BENCHMARK(BM_DensitySums)->Args({2000, 20});
BENCHMARK(BM_LocalCounts)->RangeMultiplier(2)->Range(1000, 4000)->Complexity(benchmark::oN);
BENCHMARK(BM_NeighboursWithin)->RangeMultiplier(2)->Range(1000, 4000)->Complexity(benchmark::oN);
BENCHMARK(BM_DistanceToMarked)->RangeMultiplier(2)->Range(1000, 4000)->Complexity(benchmark::oN);
BENCHMARK_MAIN();
