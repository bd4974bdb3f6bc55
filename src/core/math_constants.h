/* The constants the kernels and styles share (one definition each). */
#pragma once

namespace cunbglass {

constexpr double kPi = 3.14159265358979323846264338327950288;
constexpr double kTwoPi = 2.0 * kPi;

}    // namespace cunbglass
