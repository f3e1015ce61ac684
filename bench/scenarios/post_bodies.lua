-- POST requests cycling over ready JSON bodies: a price quote of 50 lines, a new offer of 20 lines. Every body
-- may be sent any number of times (a quote saves nothing; each offer gets its own number), so the threads
-- simply take turns over the list.
--
-- Inputs: token, path (where to post), bodies (JSON texts), status (the answer expected: 200 or 201).

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(here .. "common.lua")

local inputs = common.load_inputs()
local headers = common.headers(inputs, { ["Content-Type"] = "application/json" })
local bodies = inputs.bodies
local next_body = 0

setup = common.setup
done = common.done

function init(args)
    -- Threads start at different bodies, so that they do not price the same account at the same moment.
    next_body = math.floor((thread_index - 1) * #bodies / 2)
end

function request()
    next_body = next_body % #bodies + 1
    return wrk.format("POST", inputs.path, headers, bodies[next_body])
end

function response(status, headers, body)
    common.note_answer(status, inputs.status, body)
end
