-- PATCH /api/v1/deals/{id} with If-Match: change a deal's amount, as a client that knows the
-- version it read. Each wrk thread owns its own deals (bench/run fetched their versions just
-- before the run), sends the version it expects, and counts one more after each request, so
-- every request should succeed: a 412 (stale version) is an error.
--
-- A thread's connections run side by side, and a later change of a deal could overtake an
-- earlier one still in flight, which would be this script's fault, not the server's. So a deal
-- is not changed again until the answer to its previous change has come back (its id is in the
-- answer's body); a deal whose change failed is left alone for the rest of the run.
--
-- Inputs: token, deals = { [thread] = { {id = "12", version = 3, base = 1250, currency = "EUR"}, ... } }
-- where `base` is the deal's amount in whole units; the n-th change of a deal sets base + n,
-- which always differs from the amount before it (a patch that changes nothing keeps the version).

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(here .. "common.lua")

local inputs = common.load_inputs()
local mine = nil
local in_flight = {}  -- Deal id → true from its request to its answer.
local cursor = 0

setup = common.setup
done = common.done

function init(args)
    mine = inputs.deals[thread_index]
    if mine == nil or #mine == 0 then
        error("update_deal: no deals for wrk thread " .. thread_index)
    end
    for _, deal in ipairs(mine) do
        deal.changes = 0
    end
end

-- The next deal, round robin, with no change in flight; when all have one (fewer deals than
-- connections, or many failures), the next deal regardless.
local function next_deal()
    for _ = 1, #mine do
        cursor = cursor % #mine + 1
        if not in_flight[mine[cursor].id] then
            return mine[cursor]
        end
    end
    cursor = cursor % #mine + 1
    return mine[cursor]
end

function request()
    local deal = next_deal()
    in_flight[deal.id] = true
    deal.changes = deal.changes + 1
    local headers = common.headers(inputs, {
        ["Content-Type"] = "application/json",
        ["If-Match"] = string.format('"%d"', deal.version),
    })
    deal.version = deal.version + 1
    local body = string.format('{"amount": {"amount": "%d", "currency": "%s"}}', deal.base + deal.changes, deal.currency)
    return wrk.format("PATCH", "/api/v1/deals/" .. deal.id, headers, body)
end

function response(status, headers, body)
    common.note_answer(status, 200, body)
    if status == 200 then
        local id = body:match('"id"%s*:%s*"([^"]+)"')
        if id then
            in_flight[id] = nil
        end
    end
end
