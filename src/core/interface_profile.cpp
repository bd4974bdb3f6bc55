#include "interface_profile.h"

#include "cell_grid.h"

#include <cmath>
#include <limits>

namespace cunbglass::core {

std::vector<double> distance_to_marked(const double *x, int n_owned, int n_all,
                                       const std::vector<unsigned char> &marked, double rmax)
{
  std::vector<double> out(n_owned, std::numeric_limits<double>::infinity());
  // cells of a quarter of rmax: the search stops at the first shells that hold an interface atom
  const CellGrid cells(x, n_all, &marked, rmax / 4.0);
  const double rmax2 = rmax * rmax;
#pragma omp parallel for schedule(static)
  for (int i = 0; i < n_owned; ++i) {
    if (marked[i]) {
      out[i] = 0.0;
      continue;
    }
    const double best2 = cells.nearest2(x + 3 * i, rmax);
    if (best2 < rmax2) out[i] = std::sqrt(best2);
  }
  return out;
}

Profile distance_profile(const std::vector<double> &distance, const std::vector<unsigned char> &flag,
                         double rmax, int nbins)
{
  Profile p;
  p.atoms.assign(nbins, 0.0);
  p.flagged.assign(nbins, 0.0);
  for (size_t i = 0; i < distance.size(); ++i) {
    if (!(distance[i] < rmax)) continue;
    const int bin = static_cast<int>(distance[i] / rmax * nbins);
    p.atoms[bin] += 1.0;
    p.flagged[bin] += flag[i] ? 1.0 : 0.0;
  }
  return p;
}

double formation_energy(const ClassSums &ico, const ClassSums &a_rich, const ClassSums &b_rich)
{
  if (ico.count == 0 || a_rich.count == 0 || b_rich.count == 0) return std::nan("");
  const double ca = a_rich.mean_concentration(), cb = b_rich.mean_concentration();
  if (ca == cb) return std::nan("");
  const double slope = (a_rich.mean_energy() - b_rich.mean_energy()) / (ca - cb);
  const double reference = b_rich.mean_energy() + slope * (ico.mean_concentration() - cb);
  return ico.mean_energy() - reference;
}

double formation_energy_against_line(const ClassSums &ico, const LineSums &others)
{
  if (ico.count == 0 || others.count < 2) return std::nan("");
  const double n = others.count;
  const double spread = n * others.cc - others.c * others.c;
  if (!(spread > 1e-12 * n * n)) return std::nan("");
  const double slope = (n * others.ce - others.c * others.e) / spread;
  const double reference = (others.e + slope * (n * ico.mean_concentration() - others.c)) / n;
  return ico.mean_energy() - reference;
}

double formation_energy_by_species(const std::vector<SpeciesSums> &species)
{
  double weighted = 0.0, count = 0.0;
  for (const auto &sp : species) {
    if (sp.icosahedral.count == 0) continue;
    const double h = formation_energy_against_line(sp.icosahedral, sp.others);
    if (!std::isfinite(h)) return std::nan("");
    weighted += sp.icosahedral.count * h;
    count += sp.icosahedral.count;
  }
  return count > 0 ? weighted / count : std::nan("");
}

std::vector<double> InterfaceSums::to_doubles() const
{
  std::vector<double> flat(profile.atoms);
  flat.insert(flat.end(), profile.flagged.begin(), profile.flagged.end());
  for (const ClassSums *s : {&icosahedral, &a_rich, &b_rich})
    flat.insert(flat.end(), {s->count, s->energy, s->concentration});
  for (const auto &sp : by_species) {
    const ClassSums &i = sp.icosahedral;
    const LineSums &l = sp.others;
    flat.insert(flat.end(), {i.count, i.energy, i.concentration, l.count, l.c, l.e, l.cc, l.ce});
  }
  flat.push_back(beyond_rmax);
  return flat;
}

InterfaceSums InterfaceSums::from_doubles(const std::vector<double> &flat, int nbins, int nspecies)
{
  InterfaceSums sums;
  auto at = flat.begin();
  sums.profile.atoms.assign(at, at + nbins);
  sums.profile.flagged.assign(at + nbins, at + 2 * nbins);
  at += 2 * nbins;
  for (ClassSums *s : {&sums.icosahedral, &sums.a_rich, &sums.b_rich}) {
    *s = ClassSums{at[0], at[1], at[2]};
    at += 3;
  }
  for (int t = 0; t < nspecies; ++t, at += 8)
    sums.by_species.push_back({ClassSums{at[0], at[1], at[2]}, LineSums{at[3], at[4], at[5], at[6], at[7]}});
  sums.beyond_rmax = *at;
  return sums;
}

InterfaceSums interface_sums(const std::vector<InterfaceAtom> &atoms, const RichThresholds &rich,
                             double rmax, int nbins, int nspecies)
{
  std::vector<double> distance;
  std::vector<unsigned char> icosahedral;
  InterfaceSums sums;
  sums.by_species.resize(nspecies);
  for (const auto &a : atoms) {
    distance.push_back(a.distance);
    icosahedral.push_back(a.icosahedral);
    ClassSums *cls = a.icosahedral ? &sums.icosahedral
        : a.concentration > rich.a_min ? &sums.a_rich
        : a.concentration < rich.b_max ? &sums.b_rich
                                       : nullptr;
    if (cls) cls->add(a.concentration, a.energy);
    auto &sp = sums.by_species[a.species];
    if (a.icosahedral)
      sp.icosahedral.add(a.concentration, a.energy);
    else
      sp.others.add(a.concentration, a.energy);
    if (!std::isfinite(a.distance)) sums.beyond_rmax += 1.0;
  }
  sums.profile = distance_profile(distance, icosahedral, rmax, nbins);
  return sums;
}

}    // namespace cunbglass::core
