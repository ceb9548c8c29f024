"""Fetching under attack (issue 16): one deadline for the whole request, no private address in disguise.

- A server that drips its status line, its headers or its body a byte at a time
  is cut off at the fetch deadline (`FetchLimits.total_timeout`), whatever the
  read timeout: the deadline covers connect, headers and body.
- IPv6 addresses that carry an IPv4 address (6to4, Teredo, IPv4-mapped and
  -compatible, NAT64) are judged by the address they carry, so 2002:7f00:1::
  is loopback and 2002:a9fe:a9fe:: the cloud metadata address. No connection
  is made for these checks.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time

import pytest

from accusegraph.errors import InputError
from accusegraph.ingest.fetch import FetchLimits, address_problem, check_url, fetch
from test_cli import one_error_line, run

HANG_GUARD = 60  # seconds: only so a broken fetch cannot hang the suite; never a speed claim
HEADERS = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"".join(
    b"X-Drip-%d: %s\r\n" % (i, b"z" * 40) for i in range(40)) + b"Content-Length: 12\r\n\r\n")
BODY = b"<p>hello</p>"


class DripServer:
    """A loopback server that answers any request with `payload`, one byte per `interval` seconds."""

    def __init__(self, payload: bytes, interval: float = 0.2, quick: int = 0):
        self.payload, self.interval, self.quick = payload, interval, quick
        self.stop = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/page"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)  # the request
                conn.sendall(self.payload[:self.quick])
                for i in range(self.quick, len(self.payload)):
                    if self.stop.wait(self.interval):
                        return
                    conn.sendall(self.payload[i:i + 1])
            except OSError:
                return  # the client gave up, as it should

    def close(self) -> None:
        self.stop.set()
        self.sock.close()


@pytest.fixture
def drip(request):
    servers = []

    def make(payload: bytes, **kw) -> DripServer:
        servers.append(DripServer(payload, **kw))
        return servers[-1]

    yield make
    for server in servers:
        server.close()


def _fetch_in_thread(url: str, limits: FetchLimits):
    """fetch(url) in a thread, joined with a hang guard; returns what it raised or gave."""
    outcome = {}

    def go():
        try:
            outcome["value"] = fetch(url, allow_private=True, limits=limits)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            outcome["error"] = exc

    thread = threading.Thread(target=go, daemon=True)
    thread.start()
    thread.join(HANG_GUARD)
    assert not thread.is_alive(), "fetch still running long after its deadline"
    return outcome


@pytest.mark.parametrize("quick, what", [(0, "status line"), (60, "headers"), (len(HEADERS), "body")])
def test_a_dripping_server_is_cut_off_at_the_deadline(drip, quick, what):
    # The drip would take len(payload) * 0.2 s (over 5 minutes); each byte comes well
    # within the read timeout, so only the deadline can stop it.
    server = drip(HEADERS + BODY * 100, interval=0.2, quick=quick)
    outcome = _fetch_in_thread(server.url, FetchLimits(total_timeout=1.5, read_timeout=30, connect_timeout=5))
    error = outcome.get("error")
    assert isinstance(error, InputError), (what, outcome)
    assert "took more than 1.5 s" in str(error), (what, str(error))


def test_a_tls_handshake_that_drips_is_cut_off_at_the_deadline(drip):
    # a TLS record header announcing 16 kB of handshake, then the bytes one by one
    server = drip(b"\x16\x03\x03\x40\x00" + b"\x00" * 16384, interval=0.2)
    url = server.url.replace("http://", "https://")
    outcome = _fetch_in_thread(url, FetchLimits(total_timeout=1.5, read_timeout=30, connect_timeout=5))
    assert isinstance(outcome.get("error"), InputError), outcome
    assert "took more than 1.5 s" in str(outcome["error"])


def test_a_prompt_server_is_still_read_whole(drip):
    server = drip(HEADERS + BODY, interval=0, quick=len(HEADERS) + len(BODY))
    outcome = _fetch_in_thread(server.url, FetchLimits(total_timeout=30))
    assert outcome.get("value") is not None, outcome
    assert outcome["value"].body == BODY


# ------------------------------------------------------------------ addresses in disguise

@pytest.mark.parametrize("address, problem, carried", [
    ("2002:7f00:1::", "loopback", "127.0.0.1"),  # 6to4
    ("2002:a9fe:a9fe::", "link-local", "169.254.169.254"),
    ("2002:0a00:0001::1", "private", "10.0.0.1"),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "private", "192.0.2.45"),  # Teredo, documentation client
    ("2001:0:7f00:1:8000:63bf:5db8:d822", "loopback", "127.0.0.1"),  # Teredo server 127.0.0.1
    ("2001:0:5db8:d822:8000:63bf:80ff:fffe", "loopback", "127.0.0.1"),  # Teredo client 127.0.0.1
    ("64:ff9b::7f00:1", "loopback", "127.0.0.1"),  # NAT64
    ("64:ff9b::a9fe:a9fe", "link-local", "169.254.169.254"),
    ("::127.0.0.1", "loopback", "127.0.0.1"),  # IPv4-compatible
    ("::ffff:169.254.169.254", "link-local", "169.254.169.254"),  # IPv4-mapped
])
def test_ipv6_carrying_a_private_ipv4_is_judged_by_it(address, problem, carried):
    found = address_problem(ipaddress.ip_address(address))
    assert found is not None and problem in found and carried in found, found


@pytest.mark.parametrize("address", ["2002:5db8:d822::1", "64:ff9b::5db8:d822", "::ffff:93.184.216.34"])
def test_ipv6_carrying_a_public_ipv4_passes(address):
    assert address_problem(ipaddress.ip_address(address)) is None


def test_local_use_nat64_is_refused():
    assert address_problem(ipaddress.ip_address("64:ff9b:1::7f00:1")) is not None


@pytest.mark.parametrize("url, carried", [("http://[2002:7f00:1::]/", "127.0.0.1"),
                                          ("http://[2002:a9fe:a9fe::]/latest/meta-data/", "169.254.169.254")])
def test_check_url_refuses_6to4_urls(url, carried):
    with pytest.raises(InputError) as err:
        check_url(url)
    assert carried in str(err.value) and "--allow-private" in str(err.value)


def test_extract_refuses_a_6to4_url_carrying_the_metadata_address(tmp_path):
    result = run("extract", "http://[2002:a9fe:a9fe::]/latest/meta-data/", "-o", str(tmp_path / "c.jsonl"))
    assert result.returncode == 1
    line = one_error_line(result)
    assert "169.254.169.254" in line and "--allow-private" in line
    assert list(tmp_path.iterdir()) == []
