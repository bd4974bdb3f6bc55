/* Multiple time origins for correlation functions sampled during MD (fix msd/exponent and fix
 * vdos): a ring of origin slots refilled on a fixed schedule, the lags of the stored origins at
 * each sample, and the fixes' global restart state behind a header check. The per-atom data of
 * each slot (positions or velocities) lives with the atoms in the LAMMPS fix. */
#pragma once

#include <string>
#include <vector>

namespace cunbglass::core {

// `norigins` slots, a new origin every `spacing` samples: at sample n the slot
// (n / spacing) % norigins is refilled when n % spacing == 0. The stored origins then reach lags
// up to about norigins * spacing samples, with memory for norigins origins per atom.
class OriginRing {
 public:
  OriginRing() = default;
  OriginRing(int norigins, long spacing);
  // Spacing that lets norigins origins reach max_lag samples.
  static long spacing_for(long max_lag, int norigins);

  int size() const { return static_cast<int>(origin_.size()); }
  long spacing() const { return spacing_; }
  int slot_to_fill(long sample) const;    // -1: no new origin at this sample
  void fill(int slot, long sample) { origin_[slot] = sample; }
  long origin(int slot) const { return origin_[slot]; }    // -1: empty

  // Slots holding an origin at most `max_lag` samples before `sample` (lag 0 included), with
  // their lags, in slot order.
  struct Lags {
    std::vector<int> slots;
    std::vector<long> lags;
  };
  Lags lags_at(long sample, long max_lag) const;

  void append_state(std::vector<double> &state) const;
  void read_state(const double *&values);

 private:
  long spacing_ = 1;
  std::vector<long> origin_;
};

// A fix's global restart state: `header` values that must match the fix as defined now (its
// arguments, sizes and sampling interval), then the values to restore, in order.
class RestartState {
 public:
  explicit RestartState(std::vector<double> header);
  std::vector<double> &values() { return values_; }
  // Whether a stored state starts with this header; `rest` then points after it.
  bool header_matches(const double *stored, const double *&rest) const;

 private:
  std::vector<double> header_;
  std::vector<double> values_;
};

}    // namespace cunbglass::core
