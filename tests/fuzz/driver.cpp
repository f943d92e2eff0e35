// The suite's stand-in for libFuzzer's main: runs LLVMFuzzerTestOneInput once on every file
// of the folders (or files) given, in name order, so the corpus and every regression the
// fuzzer found are checked by the normal suite without clang. A crash or a failed property
// aborts, which fails the test; a folder that is missing or empty fails it too, so a wrong
// path cannot pass by running nothing.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {

std::vector<char> readAll(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char *argv[])
{
    LLVMFuzzerInitialize(&argc, &argv);
    std::vector<std::filesystem::path> inputs;
    bool corpusFound = false;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        if (std::filesystem::is_regular_file(path)) {
            inputs.push_back(path);
            corpusFound = true;
            continue;
        }
        if (!std::filesystem::is_directory(path))
            continue; // a regressions folder may not exist yet
        std::vector<std::filesystem::path> files;
        for (const auto &entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.')
                files.push_back(entry.path());
        }
        std::sort(files.begin(), files.end());
        corpusFound = corpusFound || (i == 1 && !files.empty());
        inputs.insert(inputs.end(), files.begin(), files.end());
    }
    if (!corpusFound) {
        std::fprintf(stderr, "%s: no input files in %s\n", argv[0], argc > 1 ? argv[1] : "(none)");
        return 1;
    }
    for (const auto &input : inputs) {
        const std::vector<char> bytes = readAll(input);
        std::fprintf(stderr, "running %s (%zu bytes)\n", input.c_str(), bytes.size());
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(bytes.data()), bytes.size());
    }
    std::printf("%s: %zu inputs ran without a fault\n", argv[0], inputs.size());
    return 0;
}
