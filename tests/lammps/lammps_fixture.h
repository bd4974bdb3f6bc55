/* GoogleTest fixture: a LAMMPS instance on MPI_COMM_WORLD with cunbglassplugin.so loaded, driven
 * through the LAMMPS C library API (the same in 29 Sep 2021 and 2025). */
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace cunbglass::test {

class LammpsTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Run one or several newline-separated commands; fails the test on a LAMMPS error.
  void run(const std::string &commands);
  // Run commands that must fail; returns LAMMPS's error message (the test fails if none).
  std::string expect_error(const std::string &commands);
  std::pair<std::string, std::string> first_error(const std::string &commands);

  double global_scalar(const std::string &id);
  double global_vector(const std::string &id, int index);    // 0-based
  double global_array(const std::string &id, int row, int col);
  double fix_vector(const std::string &id, int index);    // 0-based, global fix output
  double fix_array(const std::string &id, int row, int col);
  // Per-atom vector "c_ID" or "f_ID" (count 1) or array columns, gathered on every rank and
  // ordered by atom ID (IDs must be 1..N).
  std::vector<double> gather(const std::string &name, int count = 1);
  std::vector<double> positions();    // "x", 3 per atom, ordered by atom ID
  std::vector<int> types();
  int natoms();
  // The 432-atom Cu64Zr36 reference glass (tests/data) with its EAM (Mendelev, LAMMPS's
  // CuZr_mm.eam.fs) and neighbor skin 1.0; `before_pair` runs between read_data and pair_style.
  void load_cuzr_glass(const std::string &before_pair = "");
  // The periodic cell: lengths and tilts (cell vectors (lx,0,0), (xy,ly,0), (xz,yz,lz)).
  struct Cell {
    double lx, ly, lz, xy, yz, xz;
    // Minimum-image distance between atoms a and b of positions x (3 per atom, ID order).
    double distance(const std::vector<double> &x, int a, int b) const;
  };
  Cell cell();
  // Brute-force reference: for every atom (by ID order) the IDs-1 of all atoms closer than
  // `cutoff` (minimum image in a periodic orthogonal or triclinic box; cutoff < half the box).
  std::vector<std::vector<int>> neighbours_within(double cutoff);
  int nprocs() const { return nprocs_; }
  int rank() const { return rank_; }

  void *lmp = nullptr;

 private:
  int nprocs_ = 1, rank_ = 0;
};

// Path of a file under tests/data.
std::string data_file(const std::string &name);
// Path of a potential shipped with the LAMMPS tree we build against.
std::string lammps_potential(const std::string &name);

}    // namespace cunbglass::test
