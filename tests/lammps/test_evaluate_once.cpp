/* Evaluate-once (AnalysisCompute): several consumers on one step share one evaluation, but never a
 * stale one. Every fix ave/time, thermo and dump clears LAMMPS's invoked flags before it invokes
 * computes, so the reuse rests on our own key (step, positions, types, masks, box, per-atom
 * inputs); these cases change each kind of input between two consumers, or between two runs on
 * the same step, and compare with a fresh evaluation of the final state. */
#include "lammps_fixture.h"

#include "library.h"

#include <string>

namespace {

class EvaluateOnce : public cunbglass::test::LammpsTest {};

TEST_F(EvaluateOnce, SelectionChangedByAFixBetweenTwoConsumersOnOneStep)
{
  // fix momentum (end of step) removes a drift of 0.5 A/ps from every vx, so the atoms selected by
  // vx > 0.25 change between the fix ave/time before it and the one after it, on the same step
  // and at the same positions
  load_cuzr_glass();
  run("velocity all create 300 9 dist gaussian\nvelocity all set 0.5 NULL NULL sum yes\n"
      "variable fast atom vx>0.25\ncompute p all percolation 3.5 select v_fast\n"
      "fix before all ave/time 1 1 1 c_p[1] c_p[2]\nfix drift all momentum 1 linear 1 1 1\n"
      "fix after all ave/time 1 1 1 c_p[1] c_p[2]\nrun 1");
  const double before[2] = {fix_vector("before", 0), fix_vector("before", 1)};
  const double after[2] = {fix_vector("after", 0), fix_vector("after", 1)};
  // a fresh evaluation of the same state (a new run starts afresh)
  run("unfix before\nunfix drift\nunfix after\nthermo_style custom step c_p[1] c_p[2]\nrun 0");
  EXPECT_EQ(after[0], global_vector("p", 0)) << "the consumer after the fix got a stale evaluation";
  EXPECT_EQ(after[1], global_vector("p", 1));
  EXPECT_TRUE(before[0] != after[0] || before[1] != after[1]) << "the case must change the selection";
}

TEST_F(EvaluateOnce, TypesChangedBetweenTwoRunsOnTheSameStep)
{
  load_cuzr_glass();
  run("compute conc all conc/atom 5.0 type 1\ncompute c all reduce sum c_conc\n"
      "thermo_style custom step c_c\nrun 0");
  const double conc_before = global_scalar("c");
  run("set type 2 type 1\nrun 0");    // every atom Cu, same step, same positions
  EXPECT_LT(conc_before, 0.9 * natoms());
  EXPECT_DOUBLE_EQ(global_scalar("c"), natoms()) << "every neighbour is of type 1 now";
}

}    // namespace
