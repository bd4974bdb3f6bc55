/* The list of every style the plugin registers (kept in style_registry.cpp). */
#pragma once

#include "lammpsplugin.h"

#include <vector>

namespace cunbglass {

struct StyleEntry {
  const char *kind;    // "compute", "fix", "command"
  const char *name;    // the style name used in input decks
  const char *info;    // one line shown by "plugin list"
  lammpsplugin_factory2 *creator;                     // computes and fixes
  lammpsplugin_factory1 *command_creator = nullptr;   // commands
};

const std::vector<StyleEntry> &registered_styles();

}    // namespace cunbglass
