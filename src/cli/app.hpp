#pragma once

namespace rapport::cli {

/// Parses the command line and runs the chosen subcommand. Returns the process exit code.
int Main(int argc, char** argv);

}  // namespace rapport::cli
