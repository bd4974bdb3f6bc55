/* has_style through LAMMPS on 1, 2 and 3 ranks. The reference is LAMMPS itself: styles that every
 * build has (compute pe/atom, fix nve, the plugin's own conc/atom) give 1; names that no LAMMPS
 * has give 0 where is_available() would stop the deck. */
#include "lammps_fixture.h"

#include "library.h"

#include <string>

namespace {

using HasStyle = cunbglass::test::LammpsTest;

std::string string_variable(void *lmp, const char *name)
{
  const auto *value = static_cast<const char *>(lammps_extract_variable(lmp, name, nullptr));
  return value ? value : "(undefined)";
}

TEST_F(HasStyle, ReportsPresentAndMissingStylesWithoutStopping)
{
  run("has_style compute pe/atom a\nhas_style fix nve b\nhas_style compute conc/atom c\n"
      "has_style compute no/such/style d\nhas_style pair eam/alloy e\nhas_style command run f\n"
      "has_style command has_style g\nhas_style dump no_such_dump h");
  EXPECT_EQ(string_variable(lmp, "a"), "1");
  EXPECT_EQ(string_variable(lmp, "b"), "1");
  EXPECT_EQ(string_variable(lmp, "c"), "1");
  EXPECT_EQ(string_variable(lmp, "d"), "0");
  EXPECT_EQ(string_variable(lmp, "e"), "1") << "MANYBODY is built in both pinned trees";
  EXPECT_EQ(string_variable(lmp, "f"), "1");
  EXPECT_EQ(string_variable(lmp, "g"), "1");
  EXPECT_EQ(string_variable(lmp, "h"), "0");
  // a deck can branch on it
  run("has_style compute no/such/style missing\n"
      "if \"${missing} == 0\" then \"variable branch string skipped\" else \"variable branch string ran\"");
  EXPECT_EQ(string_variable(lmp, "branch"), "skipped");
  // asking again under the same name needs the old answer deleted
  run("variable missing delete\nhas_style compute pe/atom missing");
  EXPECT_EQ(string_variable(lmp, "missing"), "1");
}

TEST_F(HasStyle, BadArgumentsNameTheTokenAndTheUsage)
{
  EXPECT_NE(expect_error("has_style compute pe/atom").find("expected 3 arguments, got 2"), std::string::npos);
  EXPECT_NE(expect_error("has_style computes pe/atom v").find("unknown category 'computes'"), std::string::npos);
  EXPECT_NE(expect_error("has_style compute pe/atom v[1]").find("'v[1]' is not a variable name"),
            std::string::npos);
  EXPECT_NE(expect_error("has_style compute pe/atom a b").find("Usage: has_style category name variable"),
            std::string::npos);
  EXPECT_NE(expect_error("variable taken index 5\nhas_style compute pe/atom taken")
                .find("variable 'taken' exists already"),
            std::string::npos);
}

}    // namespace
