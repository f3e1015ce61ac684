"""A client of Rapport's HTTP API on 127.0.0.1, and the signed-in users the scenarios run as."""

from __future__ import annotations

import http.client
import json
import time
import urllib.parse
from dataclasses import dataclass
from typing import Optional

from rapport_bench.console import BenchError


@dataclass
class Response:
    status: int
    headers: dict
    body: object


class Api:
    """A keep-alive HTTP/1.1 client of one server, as one user (or none)."""

    def __init__(self, port: int, token: Optional[str] = None) -> None:
        self.port = port
        self.token = token
        self._connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        self._last_used = time.monotonic()

    # rapport serve closes a connection that has been idle for 30 s; a scenario runs longer than that
    # while this client waits, so it starts afresh rather than send into a closing connection.
    IDLE_LIMIT_SECONDS = 20

    def call(self, method: str, path: str, body: Optional[dict] = None,
             headers: Optional[dict] = None) -> Response:
        all_headers = {"Content-Type": "application/json", **(headers or {})}
        if self.token:
            all_headers["Authorization"] = f"Bearer {self.token}"
        payload = json.dumps(body) if body is not None else None
        if time.monotonic() - self._last_used > self.IDLE_LIMIT_SECONDS:
            self._connection.close()  # The request below reconnects.
        try:
            self._connection.request(method, path, body=payload, headers=all_headers)
            response = self._connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException):
            self._connection.close()  # The next call reconnects.
            raise
        finally:
            self._last_used = time.monotonic()
        try:
            parsed = json.loads(data) if data else None
        except ValueError:
            parsed = data.decode(errors="replace")
        return Response(response.status, {name.lower(): value for name, value in response.getheaders()}, parsed)

    def expect(self, method: str, path: str, body: Optional[dict] = None, headers: Optional[dict] = None,
               status: int = 200) -> Response:
        response = self.call(method, path, body, headers)
        if response.status != status:
            raise BenchError(f"{method} {path} answered {response.status}, not {status}: {response.body}")
        return response

    def collect(self, path: str, wanted: int) -> list[dict]:
        """Up to `wanted` items of a list, following its cursors."""
        items: list[dict] = []
        separator = "&" if "?" in path else "?"
        cursor = None
        while len(items) < wanted:
            page_path = f"{path}{separator}limit={min(500, wanted - len(items))}"
            if cursor:
                page_path += "&cursor=" + urllib.parse.quote(cursor)
            page = self.expect("GET", page_path).body
            items += page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break
        return items


@dataclass(frozen=True)
class Session:
    """A signed-in user the scenarios run as."""
    role: str   # "director" or "manager"
    email: str
    user_id: str
    api: Api

    @property
    def label(self) -> str:
        return "director (all)" if self.role == "director" else "manager (own)"


def sign_in(port: int, role: str, email: str, password: str) -> Session:
    response = Api(port).expect("POST", "/api/v1/auth/login", {"email": email, "password": password})
    return Session(role=role, email=email, user_id=str(response.body["user"]["id"]),
                   api=Api(port, response.body["token"]))
