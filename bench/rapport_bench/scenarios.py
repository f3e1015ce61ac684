"""Step 7: the API scenarios, how each picks its inputs and probes with one request, and
a scenario's run under wrk as one user."""

from __future__ import annotations

import datetime
import json
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from rapport_bench.api import Api, Response, Session
from rapport_bench.console import BenchError, Console, format_count, format_ms
from rapport_bench.dataset import Dataset
from rapport_bench.options import WRK_THREADS, Options
from rapport_bench.wrk import WrkResult, run_wrk


@dataclass
class RunContext:
    """What the scenarios' inputs are picked from."""
    dataset: Dataset
    manager: Session
    funnel_from: datetime.date
    funnel_to: datetime.date
    run_tag: str
    account_ids: dict[str, list[str]] = field(default_factory=dict)  # By role, fetched once.
    product_ids: list[str] = field(default_factory=list)  # The catalogue's products, fetched once.

    def visible_accounts(self, session: Session) -> list[str]:
        if session.role not in self.account_ids:
            # The director sees every account: a sort by name spreads the ids over the whole table.
            path = "/api/v1/accounts?sort=name" if session.role == "director" else "/api/v1/accounts"
            ids = [item["id"] for item in session.api.collect(path, 2000)]
            if not ids:
                raise BenchError(f"{session.email} sees no accounts")
            self.account_ids[session.role] = ids
        return self.account_ids[session.role]


    def products(self, session: Session) -> list[str]:
        if not self.product_ids:
            self.product_ids = [item["id"] for item in session.api.collect("/api/v1/products", 500)]
            if not self.product_ids:
                raise BenchError("the catalogue has no products: the commerce step loads them")
        return self.product_ids


# Each picker returns the scenario's inputs for one user (see bench/scenarios/*.lua for their keys).
Picker = Callable[[RunContext, Session], dict]


def pick_read_account(context: RunContext, session: Session) -> dict:
    return {"paths": [f"/api/v1/accounts/{id}" for id in context.visible_accounts(session)]}


def pick_list_accounts(context: RunContext, session: Session) -> dict:
    # The same page for both: a manager's first 50 accounts, which the director reaches by filter.
    if session.role == "director":
        return {"paths": [f"/api/v1/accounts?owner_id={context.manager.user_id}&limit=50"]}
    return {"paths": ["/api/v1/accounts?limit=50"]}


def pick_search_accounts(context: RunContext, session: Session) -> dict:
    return {"paths": [f"/api/v1/accounts?q={urllib.parse.quote(prefix)}&limit=10"
                      for prefix in context.dataset.prefixes]}


def pick_create_activity(context: RunContext, session: Session) -> dict:
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    return {"accounts": context.visible_accounts(session), "run_tag": context.run_tag,
            "done_at": now.strftime("%Y-%m-%dT%H:%M:%SZ")}


def pick_update_deal(context: RunContext, session: Session) -> dict:
    # Open deals the user may change, with their versions as of now; each wrk thread gets its own.
    # The director's are none of the manager's: changes of the director's run still in the server
    # when wrk stops must not make the manager's run start from stale versions.
    if session.role == "manager":
        deals = session.api.collect(f"/api/v1/deals?owner_id={context.manager.user_id}", 2000)
    else:
        deals = [deal for deal in session.api.collect("/api/v1/deals", 3000)
                 if deal["owner_id"] != context.manager.user_id]
    deals = [deal for deal in deals if deal["stage"] not in ("won", "lost")]
    if len(deals) < WRK_THREADS:
        raise BenchError(f"{session.email} sees too few open deals ({len(deals)}) to update")
    pools: list[list[dict]] = [[] for _ in range(WRK_THREADS)]
    for index, deal in enumerate(deals):
        pools[index % WRK_THREADS].append({
            "id": deal["id"], "version": deal["version"], "currency": deal["amount"]["currency"],
            # Whole units: the n-th change sets base + n, never the amount before it.
            "base": int(deal["amount"]["amount"].split(".")[0]),
        })
    return {"deals": pools}


def pick_pipeline(context: RunContext, session: Session) -> dict:
    return {"paths": ["/api/v1/reports/pipeline"]}


def pick_funnel(context: RunContext, session: Session) -> dict:
    return {"paths": [f"/api/v1/reports/funnel?from={context.funnel_from}&to={context.funnel_to}"]}


# Lines of a quote or an offer: the catalogue in turn, at quantities that reach the price list's volume tiers
# (25 and 100 units of a coil) now and then, and orders that reach its order-total tiers.
QUANTITIES = ("1", "2.5", "12", "30", "120")
BODIES_PER_USER = 16


def priced_bodies(context: RunContext, session: Session, lines: int) -> list[str]:
    """JSON bodies of `lines` catalogue lines, each for another account the user sees."""
    products, accounts = context.products(session), context.visible_accounts(session)
    bodies = []
    for n in range(BODIES_PER_USER):
        body_lines = [{"product_id": products[(n + i) % len(products)],
                       "quantity": QUANTITIES[(n + i) % len(QUANTITIES)], "manual_discount_percent": "0"}
                      for i in range(lines)]
        bodies.append(json.dumps({"account_id": accounts[n * len(accounts) // BODIES_PER_USER],
                                  "lines": body_lines}))
    return bodies


def pick_quote(context: RunContext, session: Session) -> dict:
    return {"path": "/api/v1/pricing/quote", "status": 200, "bodies": priced_bodies(context, session, 50)}


def pick_create_offer(context: RunContext, session: Session) -> dict:
    return {"path": "/api/v1/offers", "status": 201, "bodies": priced_bodies(context, session, 20)}


def pick_list_offers(context: RunContext, session: Session) -> dict:
    # As for the accounts: the manager's first page, which the director reaches by filter. Without the lines,
    # as the web's lists of offers ask it (a document's lines are read with the document).
    if session.role == "director":
        return {"paths": [f"/api/v1/offers?owner_id={context.manager.user_id}&limit=50&omit=lines"]}
    return {"paths": ["/api/v1/offers?limit=50&omit=lines"]}


def probe_get(api: Api, inputs: dict) -> Response:
    return api.call("GET", inputs["paths"][0])


def probe_post(api: Api, inputs: dict) -> Response:
    return api.call("POST", inputs["path"], json.loads(inputs["bodies"][0]))


def probe_create_activity(api: Api, inputs: dict) -> Response:
    return api.call("POST", "/api/v1/activities", {
        "kind": "call", "direction": "outbound", "subject": f"Bench probe {inputs['run_tag']} {time.time_ns()}",
        "account_id": inputs["accounts"][0], "done_at": inputs["done_at"]})


def probe_update_deal(api: Api, inputs: dict) -> Response:
    # Changes the first deal once and moves its expected version on, so that wrk's first change
    # of that deal still names the current version.
    deal = inputs["deals"][0][0]
    response = api.call("PATCH", f"/api/v1/deals/{deal['id']}",
                        {"amount": {"amount": str(deal["base"] + 1), "currency": deal["currency"]}},
                        {"If-Match": f'"{deal["version"]}"'})
    if response.status == 200:
        deal["version"] += 1
        deal["base"] += 1
    return response


@dataclass(frozen=True)
class Scenario:
    key: str
    title: str
    script: str          # In bench/scenarios/.
    pick: Picker
    probe: Callable[[Api, dict], Response]  # One request like wrk's, to show what an error is.
    # Also time the probe alone, one request at a time on a keep-alive connection (issue 15's targets are
    # latencies: this is the figure without wrk's queue, beside the one under load).
    alone: bool = False


SCENARIOS_RUN = (
    Scenario("read_account", "read one account", "get_paths.lua", pick_read_account, probe_get),
    Scenario("list_accounts", "list a manager's accounts (first 50)", "get_paths.lua", pick_list_accounts, probe_get),
    Scenario("search_accounts", "typeahead search (limit 10)", "get_paths.lua", pick_search_accounts, probe_get),
    Scenario("create_activity", "create an activity", "create_activity.lua", pick_create_activity,
             probe_create_activity),
    Scenario("update_deal", "update a deal with If-Match", "update_deal.lua", pick_update_deal, probe_update_deal),
    Scenario("report_pipeline", "pipeline report", "get_paths.lua", pick_pipeline, probe_get),
    Scenario("report_funnel", "funnel report (a year)", "get_paths.lua", pick_funnel, probe_get),
    Scenario("quote", "price quote of 50 lines", "post_bodies.lua", pick_quote, probe_post, alone=True),
    Scenario("list_offers", "list a manager's offers (first 50)", "get_paths.lua", pick_list_offers, probe_get,
             alone=True),
    Scenario("create_offer", "create an offer of 20 lines", "post_bodies.lua", pick_create_offer, probe_post,
             alone=True),
)


@dataclass
class ScenarioRun:
    scenario: Scenario
    user: str          # Session.label, or "–" for the bare server.
    result: WrkResult
    probe: str         # "201" when the probe request succeeded, else its status and body.
    alone_ms: Optional[float] = None  # The median of single requests, for the scenarios that ask for it.

    @property
    def failed(self) -> bool:
        return self.result.failed


def time_alone(scenario: Scenario, session: Session, inputs: dict, runs: int = 11) -> float:
    """The median of `runs` single requests like the scenario's, in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        scenario.probe(session.api, inputs)
        times.append((time.perf_counter() - started) * 1000.0)
    return sorted(times)[runs // 2]


def run_scenario(scenario: Scenario, session: Session, context: RunContext, port: int, options: Options,
                 work_dir: Path, console: Console) -> ScenarioRun:
    inputs = {"token": session.api.token, **scenario.pick(context, session)}
    probe = scenario.probe(session.api, inputs)
    probe_text = str(probe.status)
    if probe.status >= 300:
        probe_text += f" {json.dumps(probe.body)[:300]}"
        console.detail(f"WARNING: a single {scenario.title} as {session.role} answered {probe_text}")
    alone_ms = time_alone(scenario, session, inputs) if scenario.alone and probe.status < 300 else None
    result = run_wrk(port, scenario.script, inputs, options, work_dir, f"{scenario.key}-{session.role}")
    run = ScenarioRun(scenario, session.label, result, probe_text, alone_ms)
    console.detail(f"{scenario.title:<38} {session.label:<15} {format_count(result.requests_per_second):>8} req/s  "
                   f"p50 {format_ms(result.latency_ms('p50')):>9}  p99 {format_ms(result.latency_ms('p99')):>9}  "
                   f"errors {result.describe_errors()}" + ("  <-- ERRORS" if run.failed else "")
                   + (f"  (alone: median {format_ms(alone_ms)})" if alone_ms is not None else ""))
    for failure in result.failures:
        count, answer = failure.split(" ", 1)
        console.detail(f"    {count} failed answers in a wrk thread; the first: {answer}")
    return run
