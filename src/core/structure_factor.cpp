#include "structure_factor.h"

#include "atom_blocks.h"
#include "math_constants.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <complex>
#include <stdexcept>
#include <utility>

namespace cunbglass::core {

namespace {

constexpr int kBlocksAtOnce = 64;    // blocks held in memory at a time

Vec3 cross(const Vec3 &a, const Vec3 &b)
{
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
double dot(const Vec3 &a, const Vec3 &b) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }

}    // namespace

BoxWavevectors box_wavevectors(const std::array<Vec3, 3> &cell, double qmin, double qmax,
                               int nbins, bool planar)
{
  if (!(qmax > qmin) || qmin < 0.0 || nbins < 1)
    throw std::invalid_argument("box_wavevectors: need 0 <= qmin < qmax and nbins >= 1");
  const double volume = dot(cell[0], cross(cell[1], cell[2]));
  std::array<Vec3, 3> recip;    // b_i with a_i . b_j = delta_ij
  for (int i = 0; i < 3; ++i) {
    const Vec3 c = cross(cell[(i + 1) % 3], cell[(i + 2) % 3]);
    for (int d = 0; d < 3; ++d) recip[i][d] = c[d] / volume;
  }
  BoxWavevectors w;
  w.nbins = nbins;
  w.qmin = qmin;
  w.qmax = qmax;
  int bound[3];    // |n_i| = |k . a_i| / 2 pi <= qmax |a_i| / 2 pi
  for (int i = 0; i < 3; ++i) bound[i] = static_cast<int>(std::floor(qmax * std::sqrt(dot(cell[i], cell[i])) / kTwoPi));
  if (planar) bound[2] = 0;
  const double width = (qmax - qmin) / nbins;
  for (int n1 = 0; n1 <= bound[0]; ++n1)
    for (int n2 = -bound[1]; n2 <= bound[1]; ++n2)
      for (int n3 = -bound[2]; n3 <= bound[2]; ++n3) {
        // one of each +-k pair: first non-zero coordinate positive
        if (n1 == 0 && (n2 < 0 || (n2 == 0 && n3 <= 0))) continue;
        Vec3 k;
        for (int d = 0; d < 3; ++d) k[d] = kTwoPi * (n1 * recip[0][d] + n2 * recip[1][d] + n3 * recip[2][d]);
        const double mag = std::sqrt(dot(k, k));
        if (mag < qmin || mag >= qmax) continue;
        w.n.push_back({n1, n2, n3});
        w.magnitude.push_back(mag);
        w.shell.push_back(std::min(nbins - 1, static_cast<int>((mag - qmin) / width)));
        w.nmax = {std::max(w.nmax[0], n1), std::max(w.nmax[1], std::abs(n2)), std::max(w.nmax[2], std::abs(n3))};
      }
  return w;
}

double expected_wavevector_count(const std::array<Vec3, 3> &cell, double qmin, double qmax,
                                 bool planar)
{
  if (planar) {
    const Vec3 normal = cross(cell[0], cell[1]);
    const double area = std::sqrt(dot(normal, normal));
    return 0.5 * kPi * (qmax * qmax - qmin * qmin) * area / (kTwoPi * kTwoPi);
  }
  const double volume = std::fabs(dot(cell[0], cross(cell[1], cell[2])));
  const double shell = 4.0 / 3.0 * kPi * (qmax * qmax * qmax - qmin * qmin * qmin);
  return 0.5 * shell * volume / (kTwoPi * kTwoPi * kTwoPi);
}

double bytes_per_wavevector(int natoms)
{
  const int nblocks = (natoms + kBlockAtoms - 1) / kBlockAtoms;
  // table (3 ints, |k|, shell), local and reduced sums, the block sums
  return 3 * sizeof(int) + sizeof(double) + sizeof(int) + 2 * 4 * sizeof(double) +
         4.0 * sizeof(double) * std::min(std::max(nblocks, 1), kBlocksAtOnce);
}

namespace {

// Wavevectors with the same (n1, n2) and consecutive n3 at consecutive indices: one product of
// the first two phases per run, then a loop over n3 that the compiler can vectorise.
struct WavevectorRun {
  int n1, n2, n3_first, k_first, count;
};

std::vector<WavevectorRun> wavevector_runs(const BoxWavevectors &waves)
{
  std::vector<WavevectorRun> runs;
  for (int k = 0; k < static_cast<int>(waves.n.size()); ++k) {
    const auto &n = waves.n[k];
    if (!runs.empty()) {
      auto &last = runs.back();
      if (last.n1 == n[0] && last.n2 == n[1] && last.n3_first + last.count == n[2]) {
        ++last.count;
        continue;
      }
    }
    runs.push_back({n[0], n[1], n[2], k, 1});
  }
  return runs;
}

// exp(-2 pi i n s_d) of one atom for n = -nmax_d .. nmax_d along each cell vector: the real parts
// of dimension d start at re + d * stride (index nmax_d is n = 0), the imaginary parts likewise.
struct AtomPhases {
  std::vector<double> re, im;
  int stride = 0;
};

void fill_phases(const double *s, const std::array<int, 3> &nmax, AtomPhases &ph)
{
  for (int d = 0; d < 3; ++d) {
    const int m = nmax[d];
    double *re = ph.re.data() + d * ph.stride + m, *im = ph.im.data() + d * ph.stride + m;
    const double step_re = std::cos(kTwoPi * s[d]), step_im = -std::sin(kTwoPi * s[d]);
    re[0] = 1.0;
    im[0] = 0.0;
    for (int p = 1; p <= m; ++p) {
      re[p] = re[p - 1] * step_re - im[p - 1] * step_im;
      im[p] = re[p - 1] * step_im + im[p - 1] * step_re;
      re[-p] = re[p];
      im[-p] = -im[p];
    }
  }
}

// Adds G atoms of one species to its sums, atom after atom for each wavevector (the order of
// adding them one by one), loading and storing each sum once per group instead of once per atom.
template <int G>
void add_atom_group(const AtomPhases *ph, const std::vector<WavevectorRun> &runs, const std::array<int, 3> &nmax,
                    double *acc_re, double *acc_im)
{
  for (const auto &run : runs) {
    double pr[G], pi[G];
    const double *zr[G], *zi[G];
    for (int g = 0; g < G; ++g) {
      const double *re = ph[g].re.data(), *im = ph[g].im.data();
      const int s = ph[g].stride;
      const double ar = re[nmax[0] + run.n1], ai = im[nmax[0] + run.n1];
      const double cr = re[s + nmax[1] + run.n2], ci = im[s + nmax[1] + run.n2];
      pr[g] = ar * cr - ai * ci;
      pi[g] = ar * ci + ai * cr;
      zr[g] = re + 2 * s + nmax[2] + run.n3_first;
      zi[g] = im + 2 * s + nmax[2] + run.n3_first;
    }
    double *out_re = acc_re + run.k_first, *out_im = acc_im + run.k_first;
#pragma omp simd
    for (int q = 0; q < run.count; ++q) {
      double r = out_re[q], i = out_im[q];
      for (int g = 0; g < G; ++g) {
        r += pr[g] * zr[g][q] - pi[g] * zi[g][q];
        i += pr[g] * zi[g][q] + pi[g] * zr[g][q];
      }
      out_re[q] = r;
      out_im[q] = i;
    }
  }
}

constexpr int kGroup = 4;    // atoms of one species added per pass over the sums

}    // namespace

std::vector<double> partial_density_sums(const double *fractional, const int *species, int natoms,
                                         const BoxWavevectors &waves)
{
  const int nk = static_cast<int>(waves.n.size());
  const int nblocks = (natoms + kBlockAtoms - 1) / kBlockAtoms;
  const auto runs = wavevector_runs(waves);
  std::vector<double> sums(static_cast<size_t>(nk) * 4, 0.0);
  // Blocks are summed in groups of kBlocksAtOnce: memory stays bounded (kBlocksAtOnce x 4 doubles
  // per wavevector) and every block is added in the same order whatever the thread count. Within a
  // block the sums lie in four planes of nk values (species A re, A im, B re, B im), and each
  // species' atoms are added in index order.
  std::vector<double> blocks(static_cast<size_t>(std::min(nblocks, kBlocksAtOnce)) * nk * 4);
  for (int first = 0; first < nblocks; first += kBlocksAtOnce) {
    const int count = std::min(kBlocksAtOnce, nblocks - first);
    std::fill(blocks.begin(), blocks.end(), 0.0);
#pragma omp parallel
    {
      AtomPhases ph[kGroup];
      for (auto &p : ph) {
        p.stride = 2 * *std::max_element(waves.nmax.begin(), waves.nmax.end()) + 1;
        p.re.resize(3 * static_cast<size_t>(p.stride));
        p.im.resize(3 * static_cast<size_t>(p.stride));
      }
      std::vector<int> members;
#pragma omp for schedule(dynamic, 1)
      for (int b = 0; b < count; ++b) {
        double *block = blocks.data() + static_cast<size_t>(b) * nk * 4;
        const int begin = (first + b) * kBlockAtoms;
        const int end = std::min(natoms, begin + kBlockAtoms);
        for (int sp = 0; sp < 2; ++sp) {
          members.clear();
          for (int j = begin; j < end; ++j)
            if (species[j] == sp) members.push_back(j);
          double *acc_re = block + static_cast<size_t>(2 * sp) * nk, *acc_im = acc_re + nk;
          size_t m = 0;
          for (; m + kGroup <= members.size(); m += kGroup) {
            for (int g = 0; g < kGroup; ++g) fill_phases(fractional + 3 * size_t(members[m + g]), waves.nmax, ph[g]);
            add_atom_group<kGroup>(ph, runs, waves.nmax, acc_re, acc_im);
          }
          for (; m < members.size(); ++m) {
            fill_phases(fractional + 3 * size_t(members[m]), waves.nmax, ph[0]);
            add_atom_group<1>(ph, runs, waves.nmax, acc_re, acc_im);
          }
        }
      }
    }
    for (int b = 0; b < count; ++b) {
      const double *block = blocks.data() + static_cast<size_t>(b) * nk * 4;
      for (int k = 0; k < nk; ++k)
        for (int plane = 0; plane < 4; ++plane) sums[4 * k + plane] += block[static_cast<size_t>(plane) * nk + k];
    }
  }
  return sums;
}

BhatiaThorntonShells bhatia_thornton(const std::vector<double> &sums, const BoxWavevectors &waves,
                                     double nA, double nB)
{
  const double N = nA + nB, cA = nA / N, cB = nB / N;
  const double width = (waves.qmax - waves.qmin) / waves.nbins;
  BhatiaThorntonShells out;
  out.q.assign(waves.nbins, 0.0);
  out.s_nn.assign(waves.nbins, 0.0);
  out.s_nc.assign(waves.nbins, 0.0);
  out.s_cc.assign(waves.nbins, 0.0);
  out.count.assign(waves.nbins, 0);
  for (size_t k = 0; k < waves.n.size(); ++k) {
    const std::complex<double> rhoA(sums[4 * k], sums[4 * k + 1]), rhoB(sums[4 * k + 2], sums[4 * k + 3]);
    const std::complex<double> rhoN = rhoA + rhoB, rhoC = cB * rhoA - cA * rhoB;
    const int s = waves.shell[k];
    out.q[s] += waves.magnitude[k];
    out.s_nn[s] += std::norm(rhoN) / N;
    out.s_cc[s] += std::norm(rhoC) / N;
    out.s_nc[s] += (rhoN * std::conj(rhoC)).real() / N;
    out.count[s] += 1;
  }
  for (int s = 0; s < waves.nbins; ++s) {
    if (out.count[s] == 0) {
      out.q[s] = waves.qmin + (s + 0.5) * width;
      continue;
    }
    out.q[s] /= out.count[s];
    out.s_nn[s] /= out.count[s];
    out.s_nc[s] /= out.count[s];
    out.s_cc[s] /= out.count[s];
  }
  return out;
}

PeakMoment peak_first_moment(const std::vector<double> &sums, const BoxWavevectors &waves,
                             double nA, double nB, const BhatiaThorntonShells &shells,
                             int peak_shell)
{
  PeakMoment m;
  if (peak_shell < 0 || shells.count[peak_shell] == 0) return m;
  // the shells at or above half the peak, contiguous with it (empty shells are skipped over)
  const double half = 0.5 * shells.s_cc[peak_shell];
  m.first_shell = m.last_shell = peak_shell;
  for (int s = peak_shell - 1; s >= 0; --s) {
    if (shells.count[s] == 0) continue;
    if (shells.s_cc[s] < half) break;
    m.first_shell = s;
  }
  for (int s = peak_shell + 1; s < waves.nbins; ++s) {
    if (shells.count[s] == 0) continue;
    if (shells.s_cc[s] < half) break;
    m.last_shell = s;
  }
  const double N = nA + nB, cA = nA / N, cB = nB / N;
  double weight = 0.0, moment = 0.0;
  std::vector<std::pair<double, double>> terms;    // (w_k S_k, |k|)
  for (size_t k = 0; k < waves.n.size(); ++k) {
    const int s = waves.shell[k];
    if (s < m.first_shell || s > m.last_shell) continue;
    const std::complex<double> rhoA(sums[4 * k], sums[4 * k + 1]), rhoB(sums[4 * k + 2], sums[4 * k + 3]);
    const double ws = std::norm(cB * rhoA - cA * rhoB) / N / shells.count[s];
    terms.emplace_back(ws, waves.magnitude[k]);
    weight += ws;
    moment += ws * waves.magnitude[k];
  }
  if (!(weight > 0.0)) return m;
  m.q = moment / weight;
  double variance = 0.0;
  for (const auto &[ws, q] : terms) variance += ws * ws * (q - m.q) * (q - m.q);
  m.error = std::sqrt(variance) / weight;
  return m;
}

Peak find_peak(const std::vector<double> &q, const std::vector<double> &s,
               const std::vector<int> &count)
{
  Peak p;
  std::vector<int> filled;
  for (size_t i = 0; i < s.size(); ++i)
    if (count[i] > 0) filled.push_back(static_cast<int>(i));
  if (filled.empty()) return p;
  size_t best = 0;
  for (size_t f = 1; f < filled.size(); ++f)
    if (s[filled[f]] > s[filled[best]]) best = f;
  p.shell = filled[best];
  p.q_shell = p.q_refined = q[p.shell];
  p.value = s[p.shell];
  if (best == 0 || best + 1 == filled.size()) return p;
  // vertex of the parabola through three points (unequal spacing allowed)
  const double x0 = q[filled[best - 1]], x1 = q[p.shell], x2 = q[filled[best + 1]];
  const double y0 = s[filled[best - 1]], y1 = s[p.shell], y2 = s[filled[best + 1]];
  const double d01 = (y1 - y0) / (x1 - x0), d12 = (y2 - y1) / (x2 - x1);
  const double a = (d12 - d01) / (x2 - x0);
  if (a < 0.0) {    // y = a x^2 + b x + c with d01 = a (x0 + x1) + b
    const double b = d01 - a * (x0 + x1);
    p.q_refined = std::clamp(-b / (2.0 * a), x0, x2);
  }
  return p;
}

}    // namespace cunbglass::core
