#include "shared_neighbours.h"

#include "lammps_compat.h"
#include "neighbour_adapter.h"

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

void SharedNeighbours::enrol(const void *member, NeighList *list, double cutoff)
{
  members[member] = Member{list, cutoff};
  graphs.clear();    // a new run may have new lists: build afresh
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
    // build the list of the member with the largest cutoff still expected at these positions
    const auto own = members.find(member);
    if (own == members.end())
      lmp->error->one(FLERR, "cunbglass: a compute asked for neighbours before LAMMPS gave it its "
                             "neighbour list (internal error; please report the input)");
    const Member *builder = &own->second;
    for (const auto &m : members)
      if (m.second.cutoff > builder->cutoff && m.second.cutoff <= asked_before) builder = &m.second;
    compat::build_occasional(lmp->neighbor, builder->list);
    graphs.push_back({builder->cutoff, std::make_shared<const core::NeighbourGraph>(neighbours_within(
                                           builder->list, lmp->atom->x, lmp->atom->nlocal, builder->cutoff))});
    if (builder->cutoff == cutoff) return graphs.back().graph;
    cover = &graphs.back();
  }
  auto filtered = std::make_shared<const core::NeighbourGraph>(core::neighbours_closer_than(*cover->graph, x, cutoff));
  graphs.push_back({cutoff, filtered});
  return filtered;
}

}    // namespace cunbglass
