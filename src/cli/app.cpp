#include "cli/app.hpp"

namespace rapport::cli {

int Main(int, char**) { return 0; }

}  // namespace rapport::cli
