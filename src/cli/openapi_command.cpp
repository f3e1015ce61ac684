#include "cli/commands.hpp"

#include "http/api.hpp"

#include <boost/json/serialize.hpp>

#include <fstream>
#include <iostream>

namespace rapport::cli {

ExitCode RunOpenApi(const std::string& out) {
    auto text = boost::json::serialize(http::DescribeApi()) + "\n";
    if (out.empty()) {
        std::cout << text;
        return std::cout.flush() ? ExitCode::kOk : ExitCode::kFailed;
    }
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file << text;
    if (!file.flush()) {
        std::cerr << "rapport: cannot write " << out << "\n";
        return ExitCode::kUsage;
    }
    return ExitCode::kOk;
}

}  // namespace rapport::cli
