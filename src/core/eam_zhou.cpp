#include "eam_zhou.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <stdexcept>

namespace cunbglass::core {

namespace {

// 1 + (x - shift)^power, with the power term only above `shift` when asked.
double denominator(double x, double shift, int power, bool above_only)
{
  if (above_only && x <= shift) return 1.0;
  return 1.0 + std::pow(x - shift, power);
}

}    // namespace

double ZhouEamElement::density(double r) const
{
  const double x = r / re;
  return fe * std::exp(-beta * (x - 1.0)) / denominator(x, lambda, n, power_terms_above_only);
}

double ZhouEamElement::pair_repulsive(double r) const
{
  const double x = r / re;
  return A * std::exp(-alpha * (x - 1.0)) / denominator(x, kappa, m, power_terms_above_only);
}

double ZhouEamElement::pair_attractive(double r) const
{
  const double x = r / re;
  return B * std::exp(-beta * (x - 1.0)) / denominator(x, lambda, n, power_terms_above_only);
}

double ZhouEamElement::embedding(double rho) const
{
  const double rho_in = 0.85 * rhoe, rho_out = 1.15 * rhoe;
  if (rho < rho_in) {
    const double t = rho / rho_in - 1.0;
    return Fn[0] + t * (Fn[1] + t * (Fn[2] + t * Fn[3]));
  }
  if (rho < rho_out) {
    const double t = rho / rhoe - 1.0;
    const double F3 = rho < rhoe ? F3_below : F3_above;
    return F[0] + t * (F[1] + t * (F[2] + t * F3));
  }
  const double s = rho / rhos;
  return Fe * (1.0 - eta * std::log(s)) * std::pow(s, eta);
}

ZhouEamElement zhou2004_cu()
{
  ZhouEamElement e;
  e.symbol = "Cu";
  e.lattice = "fcc";
  e.source = "Zhou, Johnson & Wadley, PRB 69, 144113 (2004)";
  e.atomic_number = 29;
  e.mass = 63.546;
  e.lattice_constant = 3.615;
  e.re = 2.556162;
  e.fe = 1.554485;
  e.rhoe = 21.175871;
  e.rhos = 21.175395;
  e.alpha = 8.127620;
  e.beta = 4.334731;
  e.A = 0.396620;
  e.B = 0.548085;
  e.kappa = 0.308782;
  e.lambda = 0.756515;
  e.m = e.n = 20;
  e.power_terms_above_only = false;
  const double Fn[4] = {-2.170269, -0.263788, 1.088878, -0.817603};
  std::copy(Fn, Fn + 4, e.Fn);
  e.F[0] = -2.19;
  e.F[1] = 0.0;
  e.F[2] = 0.561830;
  e.F3_below = e.F3_above = -2.100595;
  e.eta = 0.310490;
  e.Fe = -2.186568;
  return e;
}

ZhouEamElement wu2023_nb()
{
  ZhouEamElement e;
  e.symbol = "Nb";
  e.lattice = "bcc";
  e.source = "Wu et al., Mater. Des. 230, 111999 (2023)";
  e.atomic_number = 41;
  e.mass = 92.90637;
  e.lattice_constant = 3.3008;
  e.re = 2.841095;
  e.fe = 2.889829;
  e.rhoe = 31.417267;
  e.rhos = 31.699834;
  e.alpha = 7.595435;
  e.beta = 4.417068;
  e.A = 0.579206;
  e.B = 0.909354;
  e.kappa = 0.138183;
  e.lambda = 0.368801;
  e.m = 18;
  e.n = 21;
  e.power_terms_above_only = true;
  const double Fn[4] = {-4.924136, -0.535647, 1.649732, -2.738757};
  std::copy(Fn, Fn + 4, e.Fn);
  e.F[0] = -4.970108;
  e.F[1] = 0.0;
  e.F[2] = 1.928528;
  e.F3_below = -0.764655;
  e.F3_above = -0.765052;
  e.eta = 0.909898;
  e.Fe = -4.967403;
  return e;
}

double cross_pair(const ZhouEamElement &a, const ZhouEamElement &b, double r_,
                  const CrossInteraction &cross)
{
  const double r = cross.distance_scale * r_, s = cross.attractive_scale;
  const double fa = a.density(r), fb = b.density(r);
  const double phi_aa = a.pair_repulsive(r) - s * a.pair_attractive(r);
  const double phi_bb = b.pair_repulsive(r) - s * b.pair_attractive(r);
  return 0.5 * (fb / fa * phi_aa + fa / fb * phi_bb);
}

std::string describe_parameters(const ZhouEamElement &e)
{
  char buf[1024];
  std::snprintf(buf, sizeof(buf),
                "%s (%s): re=%.9g fe=%.9g rhoe=%.9g rhos=%.9g alpha=%.9g beta=%.9g A=%.9g B=%.9g kappa=%.9g "
                "lambda=%.9g m=%d n=%d power_terms_above_only=%d Fn=%.9g,%.9g,%.9g,%.9g F=%.9g,%.9g,%.9g "
                "F3=%.9g(rho<rhoe),%.9g(rho>=rhoe) eta=%.9g Fe=%.9g",
                e.symbol.c_str(), e.source.c_str(), e.re, e.fe, e.rhoe, e.rhos, e.alpha, e.beta,
                e.A, e.B, e.kappa, e.lambda, e.m, e.n, e.power_terms_above_only ? 1 : 0, e.Fn[0],
                e.Fn[1], e.Fn[2], e.Fn[3], e.F[0], e.F[1], e.F[2], e.F3_below, e.F3_above, e.eta,
                e.Fe);
  return buf;
}

std::string write_setfl(const std::vector<ZhouEamElement> &elements, const CrossInteraction &cross,
                        const SetflGrid &grid, const std::vector<std::string> &comments)
{
  if (comments.size() != 3) throw std::invalid_argument("setfl needs exactly 3 comment lines");
  for (const auto &c : comments)
    if (c.size() >= 1000 || c.find('\n') != std::string::npos)
      throw std::invalid_argument("setfl comment lines must be single lines under 1000 characters");
  if (!(cross.density_scale > 0.0) || (cross.density_scale != 1.0 && elements.size() != 2))
    throw std::invalid_argument("setfl: density_scale must be positive and needs a binary");
  // the density scale of each element: only the second of a binary is scaled
  auto density_scale = [&](size_t i) { return i == 1 ? cross.density_scale : 1.0; };
  double rho_max = grid.rho_max;
  if (rho_max <= 0.0)
    for (size_t i = 0; i < elements.size(); ++i)
      rho_max = std::max(rho_max, 3.0 * elements[i].rhoe * density_scale(i));
  const double drho = rho_max / (grid.nrho - 1);
  const double dr = grid.cutoff / (grid.nr - 1);

  std::ostringstream out;
  out.precision(16);
  out << std::scientific;
  for (const auto &c : comments) out << c << "\n";
  out << elements.size();
  for (const auto &e : elements) out << " " << e.symbol;
  out << "\n" << grid.nrho << " " << drho << " " << grid.nr << " " << dr << " " << grid.cutoff << "\n";
  auto column = [&out](int count, auto value) {
    for (int k = 0; k < count; ++k) out << value(k) << ((k % 5 == 4 || k == count - 1) ? "\n" : " ");
  };
  for (size_t i = 0; i < elements.size(); ++i) {
    const auto &e = elements[i];
    const double t = density_scale(i);
    out << e.atomic_number << " " << e.mass << " " << e.lattice_constant << " " << e.lattice << "\n";
    column(grid.nrho, [&](int k) { return e.embedding(k * drho / t); });
    column(grid.nr, [&](int k) { return t * e.density(k * dr); });
  }
  for (size_t i = 0; i < elements.size(); ++i)
    for (size_t j = 0; j <= i; ++j)
      column(grid.nr, [&](int k) {
        const double r = k * dr;
        const double phi = i == j ? elements[i].pair(r)
                                  : cross_pair(elements[i], elements[j], r, cross);
        return r * phi;
      });
  return out.str();
}

}    // namespace cunbglass::core
