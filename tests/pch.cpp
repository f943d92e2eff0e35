// Compiles the precompiled header that each area's suites reuse (tests/CMakeLists.txt).
