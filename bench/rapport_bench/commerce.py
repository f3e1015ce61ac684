"""Step 6: the dataset's commerce — the catalogue, then offers with lines, sent, accepted (which makes their orders)
or declined — loaded through the API, since `rapport import` takes no records with lines."""

from __future__ import annotations

import json
import os
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Optional

from rapport_bench.api import Api, Session, sign_in
from rapport_bench.console import BenchError, Console, format_count, format_seconds
from rapport_bench.dataset import Dataset

# Concurrent keep-alive clients posting the offers: enough to keep the server's loops busy on a few cores while
# Python's own share of the work (JSON, one GIL) stays small; each holds one connection.
LOAD_CLIENTS = 8
# Offers read ahead of the clients: the file of dataset L is hundreds of MB, so it is streamed, not loaded.
QUEUE_DEPTH = 4 * LOAD_CLIENTS


@dataclass(frozen=True)
class CommerceLoad:
    """What loading the commerce took: the catalogue, the offers and their actions, and the time of each part."""
    products: int
    offers: int
    lines: int
    actions: int          # send, accept and decline requests.
    orders: int           # Offers accepted.
    sign_ins: int
    sign_in_seconds: float
    seconds: float        # The offers and their actions, without the sign-ins.

    @property
    def requests(self) -> int:
        return self.offers + self.actions

    @property
    def offers_per_second(self) -> float:
        return self.offers / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        return (f"{format_count(self.offers)} offers ({format_count(self.lines)} lines), {format_count(self.actions)} "
                f"actions, {format_count(self.orders)} orders in {format_seconds(self.seconds)}: "
                f"{format_count(self.offers_per_second)} offers/s, "
                f"{format_count(self.requests / self.seconds if self.seconds else 0)} requests/s with "
                f"{LOAD_CLIENTS} clients")


def load_catalogue(port: int, dataset: Dataset) -> dict[str, str]:
    """Creates the products and the price list as the dataset's admin; returns the product ids by SKU."""
    admin = sign_in(port, "admin", dataset.manifest["admin"], dataset.password)
    catalogue = json.loads(dataset.directory.joinpath("catalogue.json").read_text(encoding="utf-8"))
    ids = {}
    for product in catalogue["products"]:
        ids[product["sku"]] = str(admin.api.expect("POST", "/api/v1/products", product, status=201).body["id"])
    for price_list in catalogue["price_lists"]:
        lines = [{**{key: value for key, value in line.items() if key != "sku"}, "product_id": ids[line["sku"]]}
                 for line in price_list["lines"]]
        admin.api.expect("POST", "/api/v1/price_lists", {**price_list, "lines": lines}, status=201)
    return ids


def owners_of_offers(dataset: Dataset) -> list[str]:
    owners = set()
    with open(dataset.offers_file, encoding="utf-8") as file:
        for line in file:
            owners.add(json.loads(line)["owner"])
    return sorted(owners)


def sign_in_all(port: int, dataset: Dataset, emails: list[str]) -> dict[str, str]:
    """A token per owner. Each sign-in hashes with Argon2id (64 MB, most of a core for a moment): one per core."""
    def one(email: str) -> tuple[str, str]:
        return email, sign_in(port, "manager", email, dataset.password).api.token

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(pool.map(one, emails))


class OfferLoader:
    """Clients that take offers from a bounded queue and post each as its owner, then its action."""

    def __init__(self, port: int, product_ids: dict[str, str], tokens: dict[str, str]) -> None:
        self.port = port
        self.product_ids = product_ids
        self.tokens = tokens
        self.queue: queue.Queue[Optional[dict]] = queue.Queue(maxsize=QUEUE_DEPTH)
        self.lock = threading.Lock()
        self.offers = self.lines = self.actions = self.orders = 0
        self.failure: Optional[str] = None

    def post(self, api: Api, offer: dict) -> None:
        headers = {"Authorization": f"Bearer {self.tokens[offer['owner']]}"}
        body = {key: value for key, value in offer.items() if key not in ("owner", "then", "reason", "lines")}
        body["lines"] = [{"product_id": self.product_ids[line["sku"]], "quantity": line["quantity"],
                          "manual_discount_percent": line["manual_discount_percent"]} for line in offer["lines"]]
        created = api.call("POST", "/api/v1/offers", body, headers)
        if created.status != 201:
            raise BenchError(f"POST /api/v1/offers answered {created.status}: {created.body} (offer {offer})")
        path = f"/api/v1/offers/{created.body['id']}"
        steps = {"send": ["send"], "accept": ["send", "accept"], "decline": ["send", "decline"]}[offer["then"]] \
            if offer.get("then") else []
        for step in steps:
            answer = api.call("POST", f"{path}/{step}", {"reason": offer["reason"]} if step == "decline" else None,
                              headers)
            if answer.status != 200:
                raise BenchError(f"POST {path}/{step} answered {answer.status}: {answer.body}")
        with self.lock:
            self.offers += 1
            self.lines += len(body["lines"])
            self.actions += len(steps)
            self.orders += 1 if "accept" in steps else 0

    def work(self) -> None:
        api = Api(self.port)
        while (offer := self.queue.get()) is not None:
            if self.failure:
                continue  # Drain the queue so that the reader is never stuck.
            try:
                self.post(api, offer)
            except Exception as error:  # Any failure stops the load and is reported; a dead client would hang it.
                with self.lock:
                    self.failure = self.failure or str(error)


def load_offers(port: int, dataset: Dataset, product_ids: dict[str, str], tokens: dict[str, str],
                console: Console) -> OfferLoader:
    loader = OfferLoader(port, product_ids, tokens)
    expected = int(dataset.commerce["offers"])
    step = max(1, expected // 10)
    threads = [threading.Thread(target=loader.work, daemon=True) for _ in range(LOAD_CLIENTS)]
    for thread in threads:
        thread.start()
    started = time.monotonic()
    try:
        with open(dataset.offers_file, encoding="utf-8") as file:
            for read, line in enumerate(file, start=1):
                if loader.failure:
                    break
                loader.queue.put(json.loads(line))
                if read % step == 0 and read < expected:
                    elapsed = time.monotonic() - started
                    console.detail(f"  {format_count(read)} of {format_count(expected)} offers queued, "
                                   f"{format_count(loader.offers)} done ({format_count(loader.offers / elapsed)}/s)")
    finally:
        for _ in threads:
            loader.queue.put(None)
        for thread in threads:
            thread.join()
    if loader.failure:
        raise BenchError(f"loading the offers failed: {loader.failure[:1000]}")
    return loader


def load_commerce(port: int, dataset: Dataset, console: Console) -> CommerceLoad:
    product_ids = load_catalogue(port, dataset)
    console.detail(f"catalogue: {len(product_ids)} products and "
                   f"{dataset.commerce['price_lists']} price list, as {dataset.manifest['admin']}")
    started = time.monotonic()
    owners = owners_of_offers(dataset)
    tokens = sign_in_all(port, dataset, owners)
    sign_in_seconds = time.monotonic() - started
    console.detail(f"{len(tokens)} owners of offers signed in, in {format_seconds(sign_in_seconds)}")
    started = time.monotonic()
    loader = load_offers(port, dataset, product_ids, tokens, console)
    load = CommerceLoad(products=len(product_ids), offers=loader.offers, lines=loader.lines, actions=loader.actions,
                        orders=loader.orders, sign_ins=len(tokens), sign_in_seconds=sign_in_seconds,
                        seconds=time.monotonic() - started)
    console.detail(load.summary())
    return load


def has_offers(director: Session) -> bool:
    """Whether the database already holds offers (a --loaded database that a --keep run loaded)."""
    return bool(director.api.expect("GET", "/api/v1/offers?limit=1").body["items"])
