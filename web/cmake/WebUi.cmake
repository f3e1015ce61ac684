# Builds the web UI with npm and Vite and compiles its files into rapport_http, so that the binary
# alone serves it. Included from src/CMakeLists.txt (the custom commands must live in the directory
# of the target that compiles their output).
#
#   web/package-lock.json changed  -> npm ci                       (npm_step.cmake install)
#   any web source changed         -> npm run build into the build dir (npm_step.cmake build)
#   the build's files changed      -> generated/web_assets.cpp      (embed_assets.cmake)
#
# With -DRAPPORT_WEB_UI=OFF nothing runs and the server keeps its plain placeholder page at "/".

option(RAPPORT_WEB_UI "Build the web UI in web/ (needs node and npm) and embed it into the binary" ON)

set(rapport_web_dir ${PROJECT_SOURCE_DIR}/web)
set(rapport_web_dist ${CMAKE_CURRENT_BINARY_DIR}/web/dist)
set(rapport_web_generated ${CMAKE_CURRENT_BINARY_DIR}/generated)
set(rapport_web_assets_cpp ${rapport_web_generated}/web_assets.cpp)

# The table's type, shared by assets.cpp and the generated source; written at configure time so that
# it exists before anything compiles.
configure_file(${rapport_web_dir}/cmake/web_assets.hpp.in ${rapport_web_generated}/web_assets.hpp COPYONLY)

if(RAPPORT_WEB_UI)
    find_program(RAPPORT_NPM npm REQUIRED)
    file(GLOB_RECURSE rapport_web_sources CONFIGURE_DEPENDS ${rapport_web_dir}/src/*)
    list(FILTER rapport_web_sources EXCLUDE REGEX "\\.test\\.ts$")
    set(rapport_web_inputs ${rapport_web_sources} ${rapport_web_dir}/index.html ${rapport_web_dir}/package.json
        ${rapport_web_dir}/tsconfig.json ${rapport_web_dir}/vite.config.ts)

    # npm writes node_modules/.package-lock.json on every install, so it is newer than the lock file
    # exactly when the install is current, whichever build directory made it.
    add_custom_command(
        OUTPUT ${rapport_web_dir}/node_modules/.package-lock.json
        COMMAND ${CMAKE_COMMAND} -DNPM=${RAPPORT_NPM} -DWEB_DIR=${rapport_web_dir} -DSTEP=install
                -P ${rapport_web_dir}/cmake/npm_step.cmake
        DEPENDS ${rapport_web_dir}/package-lock.json
        COMMENT "Installing the web UI's packages (npm ci)"
        VERBATIM)
    add_custom_command(
        OUTPUT ${rapport_web_dist}/index.html
        COMMAND ${CMAKE_COMMAND} -DNPM=${RAPPORT_NPM} -DWEB_DIR=${rapport_web_dir} -DSTEP=build -DOUT_DIR=${rapport_web_dist}
                -P ${rapport_web_dir}/cmake/npm_step.cmake
        DEPENDS ${rapport_web_inputs} ${rapport_web_dir}/node_modules/.package-lock.json
                ${rapport_web_dir}/cmake/npm_step.cmake
        COMMENT "Building the web UI (tsc and vite build)"
        VERBATIM)
    set(rapport_web_embed_depends ${rapport_web_dist}/index.html)
else()
    set(rapport_web_dist "")
    set(rapport_web_embed_depends "")
endif()

add_custom_command(
    OUTPUT ${rapport_web_assets_cpp}
    COMMAND ${CMAKE_COMMAND} -DDIST=${rapport_web_dist} -DOUT=${rapport_web_assets_cpp}
            -P ${rapport_web_dir}/cmake/embed_assets.cmake
    DEPENDS ${rapport_web_embed_depends} ${rapport_web_dir}/cmake/embed_assets.cmake
    COMMENT "Embedding the web UI into the binary"
    VERBATIM)

target_sources(rapport_http PRIVATE ${rapport_web_assets_cpp})
target_include_directories(rapport_http PRIVATE ${rapport_web_generated})
# One long string literal per file; g++ -Wpedantic would flag each as longer than C++ requires
# compilers to accept (g++ and clang accept any length).
set_source_files_properties(${rapport_web_assets_cpp} PROPERTIES COMPILE_OPTIONS "-Wno-overlength-strings")
