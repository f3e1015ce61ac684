# cmake -DNPM=npm -DWEB_DIR=web -DSTEP=install|build [-DOUT_DIR=dir] -P npm_step.cmake
#
# One step of the web build, under a lock: several build directories (debug, release, ci) share
# web/node_modules, and an `npm ci` in one must not run under a `vite build` in another.

file(LOCK ${WEB_DIR}/.build.lock TIMEOUT 900 RESULT_VARIABLE lock_result)
if(NOT lock_result EQUAL 0)
    message(FATAL_ERROR "web: could not lock ${WEB_DIR}/.build.lock: ${lock_result}")
endif()

if(STEP STREQUAL "install")
    # Another build directory may have installed this lock file's packages while we waited.
    if(EXISTS ${WEB_DIR}/node_modules/.package-lock.json
       AND ${WEB_DIR}/node_modules/.package-lock.json IS_NEWER_THAN ${WEB_DIR}/package-lock.json)
        file(TOUCH ${WEB_DIR}/node_modules/.package-lock.json)
        return()
    endif()
    # `npm ci` first: it installs exactly the lock file. It refuses a lock file that lacks optional
    # platform packages (e.g. @rollup/rollup-darwin-x64), which `npm install` leaves out when the
    # registry in use does not serve them, as on this project's machines; then the same lock file
    # is installed with `npm install --no-save`, which resolves from it and never rewrites it.
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error WORKING_DIRECTORY ${WEB_DIR}
                    RESULT_VARIABLE ci_result OUTPUT_QUIET ERROR_QUIET)
    if(ci_result EQUAL 0)
        return()
    endif()
    message(STATUS "web: npm ci refused the lock file; installing it with npm install --no-save")
    set(command ${NPM} install --no-save --no-audit --no-fund --loglevel=error)
elseif(STEP STREQUAL "build")
    set(command ${NPM} run --silent build -- --outDir ${OUT_DIR} --emptyOutDir --logLevel warn)
else()
    message(FATAL_ERROR "web: unknown step ${STEP}")
endif()

execute_process(COMMAND ${command} WORKING_DIRECTORY ${WEB_DIR} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "web: `${command}` failed (${result})")
endif()
if(STEP STREQUAL "build")
    # vite leaves index.html's time alone when its content did not change; the build rule's output
    # must still be newer than its inputs, or ninja would run it again every time.
    file(TOUCH ${OUT_DIR}/index.html)
endif()
