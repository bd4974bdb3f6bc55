#include "compute_sq_bt.h"

#include "domain_cell.h"
#include "math_constants.h"

#include "style_args.h"

#include "atom.h"
#include "domain.h"
#include "error.h"
#include "memory.h"

#include <array>
#include <cmath>
#include <mpi.h>
#include <string>
#include <vector>

using namespace LAMMPS_NS;
using cunbglass::kTwoPi;

namespace {
// Limits of one evaluation (measured: 4.5e8 phase updates over 1.75e6 wavevectors take 1.7 s on
// one core; beyond about 1e7 wavevectors the sums leave the caches and each update slows down)
constexpr double kMaxPhaseUpdates = 1e10;    // wavevectors x atoms on one rank: about a minute
constexpr double kMaxWavevectors = 1e7;      // about 1.2 GB of tables on every rank
}

ComputeSqBt::ComputeSqBt(LAMMPS *lmp, int narg, char **arg) :
    AnalysisCompute(lmp, narg, arg, "compute sq/bt")
{
  cunbglass::StyleArgs args(lmp, "compute sq/bt", narg, arg, 7,
                            "compute ID group sq/bt typeA typeB qmin qmax nbins");
  type_a = args.atom_type(3);
  type_b = args.atom_type(4);
  if (type_a == type_b) args.fail("typeA and typeB must differ");
  qmin = args.non_negative_double(5, "qmin");
  qmax = args.positive_double(6, "qmax");
  if (qmax <= qmin) args.fail("qmax must be larger than qmin");
  nbins = args.positive_int(7, "nbins");
  if (narg > 8) args.unknown_keyword(8);
  cunbglass::require_memory(lmp, "compute sq/bt", "nbins " + std::to_string(nbins),
                            5.0 * sizeof(double) * nbins, "the table of shells");

  table = publish_table(nbins, 5, "sq/bt:table");
  publish_vector(peak, 7);
}

void ComputeSqBt::init()
{
  cunbglass::require_nonempty_group(lmp, "compute sq/bt", igroup);
  update_wavevectors();
}

void ComputeSqBt::update_wavevectors()
{
  const auto vectors = cunbglass::cell_vectors(domain);
  if (!waves.n.empty() && vectors == cached_cell) return;
  if (!domain->xperiodic || !domain->yperiodic || !domain->zperiodic)
    error->all(FLERR, "compute sq/bt needs a box periodic in x, y and z (the wavevectors are "
                      "those of the periodic cell)");
  // refuse what cannot fit or finish, before enumerating: memory on each node, and the phase
  // updates of one evaluation on the busiest rank (wavevectors x its atoms)
  const bool planar = domain->dimension == 2;    // a 2d simulation: in-plane wavevectors only
  const double count = cunbglass::core::expected_wavevector_count(vectors, qmin, qmax, planar);
  const std::string cause = "qmax " + cunbglass::format_number(qmax) + " (about " +
                            cunbglass::format_number(count) + " wavevectors in this box)";
  const std::string advice = "; lower qmax (S(q) has no structure beyond about 20 1/A, and the "
                            "composition peak lies below 1 1/A)";
  if (count > kMaxWavevectors)
    error->all(FLERR, "compute sq/bt: " + cause + " exceeds the limit of " +
                      cunbglass::format_number(kMaxWavevectors) + " wavevectors" + advice);
  cunbglass::require_memory(lmp, "compute sq/bt", cause,
                            count * cunbglass::core::bytes_per_wavevector(atom->nlocal),
                            "the wavevector tables");
  double work = count * atom->nlocal, worst = 0.0;
  MPI_Allreduce(&work, &worst, 1, MPI_DOUBLE, MPI_MAX, world);
  if (worst > kMaxPhaseUpdates)
    error->all(FLERR, "compute sq/bt: " + cause + " would make every evaluation " +
                      cunbglass::format_number(worst) + " phase updates on one rank (limit " +
                      cunbglass::format_number(kMaxPhaseUpdates) + ")" + advice +
                      ", or use more MPI ranks");
  waves = cunbglass::core::box_wavevectors(vectors, qmin, qmax, nbins, planar);
  cached_cell = vectors;
  if (waves.n.empty())
    error->all(FLERR, "compute sq/bt: no wavevector of this box lies in [qmin, qmax); the "
                      "smallest non-zero |k| is 2 pi / (longest box length): raise qmax");
}

void ComputeSqBt::evaluate()
{
  update_wavevectors();

  const int nlocal = atom->nlocal;
  std::vector<double> fractional(3 * static_cast<size_t>(nlocal));
  std::vector<int> species(nlocal, -1);
  double counts[2] = {0.0, 0.0};
  for (int i = 0; i < nlocal; ++i) {
    if (!(atom->mask[i] & groupbit)) continue;
    if (atom->type[i] == type_a) species[i] = 0;
    else if (atom->type[i] == type_b) species[i] = 1;
    else continue;
    counts[species[i]] += 1.0;
    double *s = &fractional[3 * static_cast<size_t>(i)];
    if (domain->triclinic) {
      domain->x2lamda(atom->x[i], s);
    } else {
      for (int d = 0; d < 3; ++d) s[d] = (atom->x[i][d] - domain->boxlo[d]) / domain->prd[d];
    }
  }
  const auto local = cunbglass::core::partial_density_sums(fractional.data(), species.data(),
                                                           nlocal, waves);
  std::vector<double> sums(local.size());
  MPI_Allreduce(local.data(), sums.data(), static_cast<int>(local.size()), MPI_DOUBLE, MPI_SUM, world);
  double total[2];
  MPI_Allreduce(counts, total, 2, MPI_DOUBLE, MPI_SUM, world);
  if (total[0] == 0.0 || total[1] == 0.0)
    error->all(FLERR, "compute sq/bt: the group has no atoms of typeA or of typeB; a binary "
                      "structure factor needs both");

  const auto bt = cunbglass::core::bhatia_thornton(sums, waves, total[0], total[1]);
  for (int s = 0; s < nbins; ++s) {
    table[s][0] = bt.q[s];
    table[s][1] = bt.s_nn[s];
    table[s][2] = bt.s_nc[s];
    table[s][3] = bt.s_cc[s];
    table[s][4] = bt.count[s];
  }
  const auto p = cunbglass::core::find_peak(bt.q, bt.s_cc, bt.count);
  peak[0] = p.q_refined;
  peak[1] = kTwoPi / p.q_refined;
  peak[2] = p.q_shell;
  peak[3] = p.value;
  const auto moment = cunbglass::core::peak_first_moment(sums, waves, total[0], total[1], bt, p.shell);
  peak[4] = moment.q;
  peak[5] = moment.q > 0.0 ? kTwoPi / moment.q : 0.0;
  peak[6] = moment.error;
}

double ComputeSqBt::memory_usage()
{
  return 5.0 * nbins * sizeof(double) + waves.n.size() * (3 * sizeof(int) + sizeof(double) + sizeof(int));
}
