#ifndef SPAWN_SHIM_H
#define SPAWN_SHIM_H

#include <spawn.h>

/* glibc's GNU extensions to posix_spawn, which Swift's Glibc module doesn't show (they need
   _GNU_SOURCE): change directory in the child, and close every descriptor from `from` up. */
int spawn_shim_addchdir(posix_spawn_file_actions_t *actions, const char *path);
int spawn_shim_addclosefrom(posix_spawn_file_actions_t *actions, int from);

#endif
