#include "shared_neighbours.h"

#include "cell_grid.h"

#include "atom.h"
#include "error.h"
#include "lammps.h"

#include <algorithm>
#include <mutex>

using namespace LAMMPS_NS;

namespace cunbglass {

std::shared_ptr<SharedNeighbours> SharedNeighbours::of(LAMMPS *lmp)
{
  static std::mutex guard;
  static std::map<const LAMMPS *, std::weak_ptr<SharedNeighbours>> instances;
  const std::lock_guard<std::mutex> lock(guard);
  for (auto it = instances.begin(); it != instances.end();)
    it = it->second.expired() ? instances.erase(it) : std::next(it);
  auto &slot = instances[lmp];
  auto shared = slot.lock();
  if (!shared) {
    shared = std::make_shared<SharedNeighbours>(lmp);
    slot = shared;
  }
  return shared;
}

void SharedNeighbours::enrol(const void *member, double cutoff)
{
  members[member] = cutoff;
  graphs.clear();    // a new run may have new cutoffs: build afresh
  positions = 0;
}

void SharedNeighbours::leave(const void *member)
{
  members.erase(member);
  graphs.clear();
  positions = 0;
}

std::uint64_t SharedNeighbours::positions_fingerprint() const
{
  const int nlocal = lmp->atom->nlocal, nall = nlocal + lmp->atom->nghost;
  const std::uint64_t shape = (std::uint64_t(unsigned(nlocal)) << 32) | unsigned(nall);
  const double *x = nall > 0 ? lmp->atom->x[0] : nullptr;
  return core::fingerprint(x, 3 * std::size_t(nall)) ^ (shape * 0x9e3779b97f4a7c15ull);
}

std::shared_ptr<const core::NeighbourGraph> SharedNeighbours::graph(const void *member, double cutoff)
{
  const std::uint64_t now = positions_fingerprint();
  if (now != positions || graphs.empty()) {
    if (asked_now > 0.0) asked_before = asked_now;
    asked_now = 0.0;
    graphs.clear();
    positions = now;
  }
  asked_now = std::max(asked_now, cutoff);
  const double *x = lmp->atom->nlocal + lmp->atom->nghost > 0 ? lmp->atom->x[0] : nullptr;

  // the graph at the smallest cutoff that covers this one
  const Built *cover = nullptr;
  for (const auto &b : graphs)
    if (b.cutoff >= cutoff && (!cover || b.cutoff < cover->cutoff)) cover = &b;
  if (cover && cover->cutoff == cutoff) return cover->graph;
  if (!cover) {
    // build at the largest enrolled cutoff still expected at these positions
    const auto own = members.find(member);
    if (own == members.end() || own->second < cutoff)
      lmp->error->one(FLERR, "cunbglass: a compute asked for neighbours beyond the cutoff it enrolled "
                             "with in init() (internal error; please report the input)");
    double build = cutoff;
    for (const auto &m : members)
      if (m.second > build && m.second <= asked_before) build = m.second;
    graphs.push_back({build, std::make_shared<const core::NeighbourGraph>(core::neighbours_within(
                                 x, lmp->atom->nlocal, lmp->atom->nlocal + lmp->atom->nghost, build))});
    if (build == cutoff) return graphs.back().graph;
    cover = &graphs.back();
  }
  auto filtered = std::make_shared<const core::NeighbourGraph>(core::neighbours_closer_than(*cover->graph, x, cutoff));
  graphs.push_back({cutoff, filtered});
  return filtered;
}

}    // namespace cunbglass
