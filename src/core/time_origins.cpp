#include "time_origins.h"

#include <utility>

namespace cunbglass::core {

OriginRing::OriginRing(int norigins, long spacing) : spacing_(spacing < 1 ? 1 : spacing), origin_(norigins, -1) {}

long OriginRing::spacing_for(long max_lag, int norigins)
{
  const long s = (max_lag + norigins - 1) / norigins;
  return s < 1 ? 1 : s;
}

int OriginRing::slot_to_fill(long sample) const
{
  return sample % spacing_ == 0 ? static_cast<int>((sample / spacing_) % size()) : -1;
}

OriginRing::Lags OriginRing::lags_at(long sample, long max_lag) const
{
  Lags out;
  for (int s = 0; s < size(); ++s)
    if (origin_[s] >= 0 && sample - origin_[s] <= max_lag) {
      out.slots.push_back(s);
      out.lags.push_back(sample - origin_[s]);
    }
  return out;
}

void OriginRing::append_state(std::vector<double> &state) const
{
  for (long o : origin_) state.push_back(static_cast<double>(o));
}

void OriginRing::read_state(const double *&values)
{
  for (long &o : origin_) o = static_cast<long>(*values++);
}

RestartState::RestartState(std::vector<double> header) : header_(std::move(header)), values_(header_) {}

bool RestartState::header_matches(const double *stored, const double *&rest) const
{
  for (size_t k = 0; k < header_.size(); ++k)
    if (stored[k] != header_[k]) return false;
  rest = stored + header_.size();
  return true;
}

}    // namespace cunbglass::core
