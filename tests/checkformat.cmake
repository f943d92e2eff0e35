# Fails when clang-format would change any C++ file of the project (STYLE: CI checks it).
# Run by CTest as style/clang-format: cmake -DSOURCE_DIR=… -DCLANG_FORMAT=… -P checkformat.cmake
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/model/*.cpp ${SOURCE_DIR}/model/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format would change these files (run clang-format -i):\n${output}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files formatted as .clang-format says")
