#include "lammps_fixture.h"

#define LAMMPS_LIB_MPI 1    // declares lammps_open() with an MPI communicator
#include <mpi.h>
#include "library.h"

#include <mpi.h>

#include <cmath>
#include <sstream>

namespace cunbglass::test {

void LammpsTest::SetUp()
{
  MPI_Comm_size(MPI_COMM_WORLD, &nprocs_);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  const char *args[] = {"cunbglass_test", "-log", "none", "-echo", "none", "-screen", "none",
                        "-nocite"};
  lmp = lammps_open(static_cast<int>(sizeof(args) / sizeof(args[0])), const_cast<char **>(args),
                    MPI_COMM_WORLD, nullptr);
  ASSERT_NE(lmp, nullptr);
  run(std::string("plugin load ") + CUNBGLASS_PLUGIN_FILE);
}

void LammpsTest::TearDown()
{
  if (lmp) lammps_close(lmp);
  lmp = nullptr;
}

// Runs the commands line by line until one fails: LAMMPS's message and the failing line, or
// an empty message when all ran.
std::pair<std::string, std::string> LammpsTest::first_error(const std::string &commands)
{
  std::istringstream in(commands);
  std::string line;
  while (std::getline(in, line)) {
    lammps_command(lmp, line.c_str());
    if (lammps_has_error(lmp)) {
      char buf[2048];
      lammps_get_last_error_message(lmp, buf, sizeof(buf));
      return {buf, line};
    }
  }
  return {"", ""};
}

void LammpsTest::run(const std::string &commands)
{
  const auto [message, line] = first_error(commands);
  if (!message.empty()) FAIL() << "LAMMPS error in '" << line << "': " << message;
}

std::string LammpsTest::expect_error(const std::string &commands)
{
  const std::string message = first_error(commands).first;
  if (message.empty()) ADD_FAILURE() << "expected a LAMMPS error from:\n" << commands;
  return message;
}

double LammpsTest::global_scalar(const std::string &id)
{
  auto *p = static_cast<double *>(lammps_extract_compute(lmp, id.c_str(), 0, 0));
  EXPECT_NE(p, nullptr) << "no global scalar from compute " << id;
  return p ? *p : 0.0;
}

double LammpsTest::global_vector(const std::string &id, int index)
{
  auto *p = static_cast<double *>(lammps_extract_compute(lmp, id.c_str(), 0, 1));
  EXPECT_NE(p, nullptr) << "no global vector from compute " << id;
  return p ? p[index] : 0.0;
}

double LammpsTest::global_array(const std::string &id, int row, int col)
{
  auto **p = static_cast<double **>(lammps_extract_compute(lmp, id.c_str(), 0, 2));
  EXPECT_NE(p, nullptr) << "no global array from compute " << id;
  return p ? p[row][col] : 0.0;
}

double LammpsTest::fix_vector(const std::string &id, int index)
{
  auto *p = static_cast<double *>(lammps_extract_fix(lmp, id.c_str(), 0, 1, index, 0));
  EXPECT_NE(p, nullptr) << "no global vector element " << index << " from fix " << id;
  const double v = p ? *p : NAN;
  lammps_free(p);    // LAMMPS returns a copy of one fix value
  return v;
}

double LammpsTest::fix_array(const std::string &id, int row, int col)
{
  auto *p = static_cast<double *>(lammps_extract_fix(lmp, id.c_str(), 0, 2, row, col));
  EXPECT_NE(p, nullptr) << "no global array element " << row << "," << col << " from fix " << id;
  const double v = p ? *p : NAN;
  lammps_free(p);
  return v;
}

void LammpsTest::load_cuzr_glass(const std::string &before_pair)
{
  run("units metal\natom_style atomic\nread_data " + data_file("cuzr_glass_432.data") + "\n" +
      before_pair + "pair_style eam/fs\npair_coeff * * " + lammps_potential("CuZr_mm.eam.fs") +
      " Cu Zr\nneighbor 1.0 bin");
}

int LammpsTest::natoms() { return static_cast<int>(lammps_get_natoms(lmp)); }

std::vector<double> LammpsTest::gather(const std::string &name, int count)
{
  std::vector<double> out(static_cast<size_t>(count) * natoms());
  lammps_gather(lmp, const_cast<char *>(name.c_str()), 1, count, out.data());
  return out;
}

std::vector<double> LammpsTest::positions() { return gather("x", 3); }

std::vector<int> LammpsTest::types()
{
  std::vector<int> out(natoms());
  lammps_gather(lmp, const_cast<char *>("type"), 0, 1, out.data());
  return out;
}

LammpsTest::Cell LammpsTest::cell()
{
  double lo[3], hi[3], xy, yz, xz;
  int periodic[3], changed;
  lammps_extract_box(lmp, lo, hi, &xy, &yz, &xz, periodic, &changed);
  return {hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2], xy, yz, xz};
}

double LammpsTest::Cell::distance(const std::vector<double> &x, int a, int b) const
{
  double d[3];
  for (int k = 0; k < 3; ++k) d[k] = x[3 * b + k] - x[3 * a + k];
  // fractional coordinates along the cell vectors, shifted to the nearest image
  double s2 = d[2] / lz, s1 = (d[1] - yz * s2) / ly, s0 = (d[0] - xy * s1 - xz * s2) / lx;
  s0 -= std::round(s0);
  s1 -= std::round(s1);
  s2 -= std::round(s2);
  d[0] = s0 * lx + s1 * xy + s2 * xz;
  d[1] = s1 * ly + s2 * yz;
  d[2] = s2 * lz;
  return std::sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
}

std::vector<std::vector<int>> LammpsTest::neighbours_within(double cutoff)
{
  const Cell box = cell();
  const auto x = positions();
  const int n = natoms();
  std::vector<std::vector<int>> out(n);
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      if (i != j && box.distance(x, i, j) < cutoff) out[i].push_back(j);
  return out;
}

std::string data_file(const std::string &name) { return std::string(CUNBGLASS_TEST_DATA) + "/" + name; }

std::string lammps_potential(const std::string &name)
{
  return std::string(CUNBGLASS_LAMMPS_POTENTIALS) + "/" + name;
}

}    // namespace cunbglass::test
