"""Fetch open-data pages over HTTP: GET with a deadline per request, a User-Agent, and retries.

Input: a URL and query parameters that ``sync`` builds from the stored position; output: the
page's text, or a :class:`FetchError` once the retries are spent. ``parse`` reads the text next.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

import httpx

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://gegevensmagazijn.tweedekamer.nl"
USER_AGENT = "toezeggingen-tracker/0.1 (+open-data sync; griffie)"


class FetchError(RuntimeError):
    pass


class DeadlineExceeded(httpx.TimeoutException):
    """The whole answer took longer than the request's deadline (a trickling server)."""


def resolve_next(current: str, link: str | None) -> str | None:
    """A next link made absolute against the page it came from; another host is refused.

    The portal writes absolute links, but a relative one is valid and must not end the run;
    a link to another host would send the sync (and its User-Agent) somewhere it was not
    configured to go, so it is an error, not a page.
    """
    if not link:
        return None
    absolute = urljoin(current, link)
    here, there = urlsplit(current), urlsplit(absolute)
    if (there.scheme, there.netloc) != (here.scheme, here.netloc):
        raise FetchError(f"next link to another host refused: {link}")
    return absolute


class FeedClient:
    """GET with timeouts, a User-Agent, and retries with exponential backoff.

    httpx's transport retries failed connections; 429 and 5xx answers and timeouts are retried
    here, honouring a numeric ``Retry-After``. ``sleep`` is injectable so tests do not wait.

    ``timeout`` is a deadline for the whole answer, not for each read: httpx's read timeout
    restarts with every byte, so a server trickling a byte a second would hold a 2 s timeout
    for as long as it likes. The body is streamed and the deadline checked between chunks.
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
        self.timeout = timeout
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
                response, text = self._get(url, params)
            except httpx.TransportError as error:
                problem = f"{type(error).__name__}: {error}"
            else:
                if response.status_code < 400:
                    return text
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

    def _get(self, url: str, params: dict | None) -> tuple[httpx.Response, str]:
        deadline = time.monotonic() + self.timeout
        with self.http.stream("GET", url, params=params) as response:
            chunks = []
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise DeadlineExceeded(
                        f"answer not complete after {self.timeout:g} s (deadline per request)"
                    )
            body = b"".join(chunks)
        return response, body.decode(response.encoding or "utf-8", errors="replace")

    def close(self) -> None:
        self.http.close()
