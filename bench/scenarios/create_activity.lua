-- POST /api/v1/activities: log a call on one of the user's accounts, with a subject that no other
-- request of any run has used.
--
-- Inputs: token, accounts (ids of accounts the user sees), run_tag (unique to the run),
-- done_at (an RFC 3339 time for the calls).

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local common = dofile(here .. "common.lua")

local inputs = common.load_inputs()
local headers = common.headers(inputs, { ["Content-Type"] = "application/json" })
local accounts = inputs.accounts
local sent = 0

setup = common.setup
done = common.done

function request()
    sent = sent + 1
    local account = accounts[(sent + thread_index * 7919) % #accounts + 1]
    local body = string.format(
        '{"kind": "call", "direction": "outbound", "subject": "Bench call %s-%d-%d", ' ..
        '"body": "Called about the renewal; follow up next week.", "account_id": "%s", "done_at": "%s"}',
        inputs.run_tag, thread_index, sent, account, inputs.done_at)
    return wrk.format("POST", "/api/v1/activities", headers, body)
end

function response(status, headers, body)
    common.note_answer(status, 201, body)
end
