-- Shared by the wrk scenarios of bench/run: the inputs bench/run picked through the API, a number
-- for each wrk thread, and one machine-readable result line when wrk is done.
--
-- bench/run writes the inputs as a Lua file that returns a table, and names it in BENCH_INPUTS:
--   return { token = "...", paths = { "/api/v1/accounts/12", ... }, ... }
-- Every scenario reads `token`; the other keys belong to the scenario that uses them.

local common = {}

function common.load_inputs()
    local path = os.getenv("BENCH_INPUTS")
    if path == nil or path == "" then
        error("BENCH_INPUTS must name the inputs file bench/run writes for this scenario")
    end
    return dofile(path)
end

-- The headers of every request: the bearer token of the user the scenario runs as.
function common.headers(inputs, extra)
    local headers = { ["Authorization"] = "Bearer " .. inputs.token }
    for name, value in pairs(extra or {}) do
        headers[name] = value
    end
    return headers
end

-- wrk calls setup() once per thread, in the main Lua state, before the threads start. Each thread
-- gets its number (1, 2, ...) as the global `thread_index`, so that threads can split the inputs
-- among them (disjoint deals) and make unique subjects.
local threads = {}

function common.setup(thread)
    table.insert(threads, thread)
    thread:set("thread_index", #threads)
end

-- Answers that were not the expected success, noted by the scripts that read answers (a
-- response() function costs wrk time, so the read-only scenarios do without; bench/run probes
-- them once instead): how many, and the first one's status and body, which done() prints so that
-- an error says what it was. Globals, so that done() can read them from each thread.
failures = 0
first_failure = ""

function common.note_answer(status, expected, body)
    if status == expected then
        return
    end
    failures = failures + 1
    if failures == 1 then
        first_failure = status .. " " .. (body or ""):sub(1, 300):gsub("%s+", " ")
    end
end

-- One line that bench/run parses, after wrk's own summary:
--   BENCH_RESULT {"requests": ..., "duration_us": ..., "errors": {...}, "latency_us": {...}}
-- Latencies are wrk's, in microseconds. errors.status counts responses with a status of 400 or
-- more (wrk's "Non-2xx or 3xx responses" also count 3xx, which the API does not send).
function common.done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format(
        'BENCH_RESULT {"requests": %d, "duration_us": %d, "bytes": %d, ' ..
        '"errors": {"connect": %d, "read": %d, "write": %d, "status": %d, "timeout": %d}, ' ..
        '"latency_us": {"mean": %.1f, "stdev": %.1f, "min": %d, "max": %d, ' ..
        '"p50": %d, "p90": %d, "p99": %d, "p999": %d}}\n',
        summary.requests, summary.duration, summary.bytes,
        errors.connect, errors.read, errors.write, errors.status, errors.timeout,
        latency.mean, latency.stdev, latency.min, latency.max,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9)))
    -- Then, for each thread that noted failures: BENCH_FAILURES <thread> <count> <status> <body...>
    for index, thread in ipairs(threads) do
        local count = thread:get("failures")
        if count ~= nil and count > 0 then
            io.write(string.format("BENCH_FAILURES %d %d %s\n", index, count, thread:get("first_failure")))
        end
    end
end

return common
