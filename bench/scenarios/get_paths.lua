-- GET requests cycling over a list of paths: read one account, list a page, typeahead search,
-- the reports. bench/run picks the paths through the API, as the user the scenario runs as.
--
-- Inputs: token, paths (a list of paths with their query strings), and accept_encoding when
-- bench/run is given --accept-encoding.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(here .. "common.lua")

local inputs = common.load_inputs()
local headers = common.headers(inputs, { ["Accept-Encoding"] = inputs.accept_encoding })
local paths = inputs.paths
local next_path = 0

setup = common.setup
done = common.done

function init(args)
    -- Threads start at different places in the list, so they do not ask for the same record at
    -- the same moment.
    next_path = math.floor((thread_index - 1) * #paths / 2)
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path], headers)
end
