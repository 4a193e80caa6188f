"""Fetch open-data pages over HTTP: GET with timeouts, a User-Agent, and retries.

Input: a URL and query parameters that ``sync`` builds from the stored position; output: the
page's text, or a :class:`FetchError` once the retries are spent. ``parse`` reads the text next.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import httpx

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://gegevensmagazijn.tweedekamer.nl"
USER_AGENT = "toezeggingen-tracker/0.1 (+open-data sync; griffie)"


class FetchError(RuntimeError):
    pass


class FeedClient:
    """GET with timeouts, a User-Agent, and retries with exponential backoff.

    httpx's transport retries failed connections; 429 and 5xx answers and timeouts are retried
    here, honouring a numeric ``Retry-After``. ``sleep`` is injectable so tests do not wait.
    """

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | None = None,
        retries: int = 4,
        backoff: float = 1.0,
        timeout: float = 30.0,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.http = httpx.Client(
            transport=transport or httpx.HTTPTransport(retries=2),
            timeout=httpx.Timeout(timeout, connect=10.0),
            headers={"User-Agent": USER_AGENT},
            follow_redirects=True,
        )

    def get(self, url: str, params: dict | None = None) -> str:
        problem = ""
        for attempt in range(self.retries + 1):
            wait = self.backoff * 2**attempt
            try:
                response = self.http.get(url, params=params)
            except httpx.TransportError as error:
                problem = f"{type(error).__name__}: {error}"
            else:
                if response.status_code < 400:
                    return response.text
                problem = f"HTTP {response.status_code}"
                if response.status_code != 429 and response.status_code < 500:
                    break
                retry_after = response.headers.get("Retry-After", "")
                if retry_after.isdigit():
                    wait = min(float(retry_after), 300.0)
            if attempt < self.retries:
                logger.warning("open data: %s for %s, retry in %.1fs", problem, url, wait)
                self.sleep(wait)
        raise FetchError(f"{url}: {problem}")

    def close(self) -> None:
        self.http.close()
