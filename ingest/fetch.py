"""Fetch an article or feed over http(s), refusing what could hurt the user.

The rule: a URL given to accusegraph is treated as untrusted. A page may redirect
anywhere, a feed may point at the machine's own services, a server may never stop
sending. So, for every request, including each redirect hop:

- only `http` and `https`;
- the host name is resolved once and *every* address it resolves to is checked;
  loopback, private, link-local, multicast, reserved, unspecified and other
  non-global addresses are refused unless `allow_private=True` (the CLI's
  `--allow-private`);
- the connection goes to the address that was checked (not to a second lookup),
  so a name that changes its answer between check and connect (DNS rebinding)
  gains nothing;
- connect and read timeouts, plus one deadline for the whole fetch (every
  connect, TLS handshake, status line, header and body byte of every hop: each
  wait on the network is cut to the time left, so a server that drips its
  headers a byte at a time is stopped at the deadline too);
- a byte cap on the body (checked against Content-Length first, then while
  reading; compressed bodies are capped after decompression);
- at most `max_redirects` redirects;
- only HTML/XHTML and RSS/Atom/XML content types are accepted.

No proxy settings from the environment are used: a proxy would hide the address
that is being checked. Built on the standard library (`http.client`) so the
connection can be pinned to the checked address.

Every refusal is an `InputError` with one line naming the URL and what to do.
"""

from __future__ import annotations

import functools
import http.client
import io
import ipaddress
import socket
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from accusegraph.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = "accusegraph/0.1 (article ingest)"

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
FEED_TYPES = frozenset({
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/xml", "text/xml",
})
_ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
           "application/xml;q=0.9,text/xml;q=0.9")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchLimits:
    """Timeouts in seconds, the byte cap and the redirect limit of one fetch."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    """A response body that passed every check."""

    url: str              # the final URL, after redirects
    content_type: str     # media type, lower case, without parameters
    charset: str | None   # from the Content-Type header, if any
    body: bytes

    @property
    def is_html(self) -> bool:
        return self.content_type in HTML_TYPES

    @property
    def is_feed(self) -> bool:
        return self.content_type in FEED_TYPES


_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: the IPv4 address is the last 32 bits
_LOCAL_NAT64 = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: local use, a network's own
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")  # deprecated ::a.b.c.d (:: and ::1 are not)


def _carried_ipv4(ip: ipaddress.IPv6Address) -> list[tuple[str, ipaddress.IPv4Address]]:
    """The IPv4 addresses an IPv6 address carries, with the kind of carrier, so each is checked."""
    if ip.ipv4_mapped is not None:
        return [("IPv4-mapped", ip.ipv4_mapped)]
    if ip.sixtofour is not None:
        return [("6to4", ip.sixtofour)]
    if ip.teredo is not None:
        server, client = ip.teredo
        return [("Teredo server", server), ("Teredo client", client)]
    if ip in _NAT64:
        return [("NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))]
    if ip in _IPV4_COMPATIBLE and int(ip) > 1:
        return [("IPv4-compatible", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))]
    return []


def address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address must not be fetched from by default, or None if it is public.

    An IPv6 address that carries an IPv4 address (IPv4-mapped or -compatible, 6to4,
    Teredo, NAT64) is judged by the IPv4 address it carries: 2002:7f00:1:: reaches
    127.0.0.1 through a 6to4 relay, so it is a loopback address.
    """
    if isinstance(ip, ipaddress.IPv6Address):
        carried = _carried_ipv4(ip)
        for kind, inner in carried:
            problem = address_problem(inner)
            if problem:
                return f"{problem} ({inner}, carried as {kind})"
        if carried:  # a public IPv4 address: as public as it, except through the obsolete carriers
            kind = carried[0][0]
            return {"Teredo server": "a Teredo tunnel address",
                    "IPv4-compatible": "a deprecated IPv4-compatible address"}.get(kind)
        if ip in _LOCAL_NAT64:
            return "a local-use NAT64 address"
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_reserved:
        return "a reserved address"
    if ip.is_private:
        return "a private-network address"
    if not ip.is_global:
        return "a non-public address"
    return None


def _resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (kept a separate function so tests can stand in)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        addr = info[4][0]
        if addr not in seen:
            seen.append(addr)
    return seen


class _Deadline:
    """The one deadline of a fetch: each wait on the network gets at most the time left."""

    def __init__(self, limits: FetchLimits):
        self.limits = limits
        self.at = time.monotonic() + limits.total_timeout

    def passed(self) -> bool:
        return time.monotonic() >= self.at

    def timeout(self, per_wait: float) -> float:
        """`per_wait`, or less when the deadline is nearer; TimeoutError once it has passed."""
        left = self.at - time.monotonic()
        if left <= 0:
            raise TimeoutError("fetch deadline passed")
        return min(per_wait, left)

    def error(self, url: str) -> InputError:
        return InputError(f"{url}: the server took more than {self.limits.total_timeout:g} s to send the page")


class _DeadlineReader(io.RawIOBase):
    """A socket's bytes, each receive waiting no longer than the read timeout or the deadline."""

    def __init__(self, sock: socket.socket, deadline: _Deadline):
        super().__init__()
        # a socket file, as http.client reads through: it keeps the socket open after
        # the connection object closes it (Connection: close) until the body is read
        self._sock, self._raw, self._deadline = sock, sock.makefile("rb", buffering=0), deadline

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self._sock.settimeout(self._deadline.timeout(self._deadline.limits.read_timeout))
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineResponse(http.client.HTTPResponse):
    """An HTTP response whose status line, headers and body are all read under the deadline."""

    def __init__(self, sock: socket.socket, *args, deadline: _Deadline, **kwargs):
        super().__init__(sock, *args, **kwargs)
        plain, self.fp = self.fp, io.BufferedReader(_DeadlineReader(sock, deadline))
        plain.close()  # the reader http.client made, unused


def _connect(address: str, port: int, timeout: float) -> socket.socket:
    """Open a TCP connection to an address that has been checked."""
    return socket.create_connection((address, port), timeout=timeout)


def check_url(url: str, *, allow_private: bool = False) -> tuple[str, str, int, str]:
    """Check a URL's scheme and host; return (scheme, host, port, address to connect to).

    Raises:
        InputError: for another scheme, a bad URL, a host that does not resolve,
            or one that resolves to a non-public address without `allow_private`.
    """
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{url}: only http and https URLs can be fetched, not {scheme or 'a bare path'}")
    host = parts.hostname
    if not host:
        raise InputError(f"{url}: the URL has no host name")
    port = port or (443 if scheme == "https" else 80)
    try:
        addresses = _resolve(host, port)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"{url}: cannot resolve host {host} ({exc}); check the address") from None
    if not addresses:
        raise InputError(f"{url}: host {host} has no address")
    if not allow_private:
        for addr in addresses:
            problem = address_problem(ipaddress.ip_address(addr.split("%", 1)[0]))
            if problem:
                raise InputError(
                    f"{url}: refused: {host} resolves to {addr}, {problem}; "
                    f"pass --allow-private to fetch from private, loopback or link-local networks")
    return scheme, host, port, addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, deadline: _Deadline):
        super().__init__(host, port, timeout=deadline.limits.connect_timeout)
        self._address, self._deadline = address, deadline
        self.response_class = functools.partial(_DeadlineResponse, deadline=deadline)

    def _open(self) -> socket.socket:
        limits = self._deadline.limits
        sock = _connect(self._address, self.port, self._deadline.timeout(limits.connect_timeout))
        # sending the request and a TLS handshake each wait at most this long in all
        sock.settimeout(self._deadline.timeout(limits.read_timeout))
        return sock

    def connect(self) -> None:
        self.sock = self._open()


class _PinnedHTTPS(_PinnedHTTP, http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, deadline: _Deadline):
        self._tls = ssl.create_default_context()
        http.client.HTTPSConnection.__init__(self, host, port, timeout=deadline.limits.connect_timeout,
                                             context=self._tls)
        self._address, self._deadline = address, deadline
        self.response_class = functools.partial(_DeadlineResponse, deadline=deadline)

    def connect(self) -> None:
        self.sock = self._tls.wrap_socket(self._open(), server_hostname=self.host)


def _media_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    fields = [f.strip() for f in header.split(";")]
    charset = None
    for f in fields[1:]:
        key, _, value = f.partition("=")
        if key.strip().lower() == "charset" and value:
            charset = value.strip().strip('"\'') or None
    return fields[0].lower(), charset


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.3g} MB"


def _read_body(resp: http.client.HTTPResponse, url: str, limits: FetchLimits, deadline: _Deadline) -> bytes:
    encoding = (resp.getheader("Content-Encoding") or "identity").strip().lower()
    if encoding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    elif encoding == "deflate":
        inflater = zlib.decompressobj()
    elif encoding in ("identity", ""):
        inflater = None
    else:
        raise InputError(f"{url}: unsupported content encoding {encoding}")
    over = f"{url}: the response is over the {_mb(limits.max_bytes)} limit; raise it with --max-bytes"
    out = bytearray()
    while True:
        if deadline.passed():
            raise deadline.error(url)
        try:
            chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
        except (TimeoutError, socket.timeout):
            if deadline.passed():
                raise deadline.error(url) from None
            raise InputError(f"{url}: no data for {limits.read_timeout:g} s (read timeout)") from None
        if not chunk:
            break
        if inflater is not None:
            try:
                chunk = inflater.decompress(chunk, limits.max_bytes + 1 - len(out))
            except zlib.error as exc:
                raise InputError(f"{url}: the compressed response is corrupt ({exc})") from None
        out += chunk
        if len(out) > limits.max_bytes:
            raise InputError(over)
    return bytes(out)


def fetch(url: str, *, allow_private: bool = False, limits: FetchLimits | None = None) -> Fetched:
    """GET a page or feed under the rules of the module docstring.

    Raises:
        InputError: one line for any refusal, network failure or HTTP error.
    """
    limits = limits or FetchLimits()
    deadline = _Deadline(limits)
    current = url
    for hop in range(limits.max_redirects + 1):
        scheme, host, port, address = check_url(current, allow_private=allow_private)
        parts = urlsplit(current)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
        conn = cls(host, port, address, deadline)
        try:
            try:
                conn.request("GET", target, headers={
                    "User-Agent": USER_AGENT, "Accept": _ACCEPT,
                    "Accept-Encoding": "gzip, deflate", "Connection": "close",
                })
                resp = conn.getresponse()
            except (TimeoutError, socket.timeout):
                if deadline.passed():
                    raise deadline.error(current) from None
                raise InputError(f"{current}: no answer within the timeout "
                                 f"({limits.connect_timeout:g} s to connect, {limits.read_timeout:g} s to read)") from None
            except ssl.SSLCertVerificationError as exc:
                raise InputError(f"{current}: the server's TLS certificate is not trusted "
                                 f"({exc.verify_message or exc.reason})") from None
            except ssl.SSLError as exc:
                raise InputError(f"{current}: TLS failed ({exc.reason or exc})") from None
            except (OSError, http.client.HTTPException) as exc:
                raise InputError(f"{current}: cannot fetch ({exc.__class__.__name__}: {exc})") from None

            if resp.status in _REDIRECTS:
                location = resp.getheader("Location")
                if not location:
                    raise InputError(f"{current}: HTTP {resp.status} redirect without a Location")
                if hop == limits.max_redirects:
                    raise InputError(f"{url}: more than {limits.max_redirects} redirects; stopped")
                current = urljoin(current, location.strip())
                continue
            if resp.status != 200:
                raise InputError(f"{current}: HTTP {resp.status} {resp.reason}".rstrip())

            media, charset = _media_type(resp.getheader("Content-Type"))
            if media not in HTML_TYPES and media not in FEED_TYPES:
                raise InputError(
                    f"{current}: content type {media or 'missing'} refused; "
                    f"only HTML pages and RSS/Atom feeds are read")
            length = resp.getheader("Content-Length")
            if length and length.strip().isdigit() and int(length) > limits.max_bytes:
                raise InputError(f"{current}: the response ({_mb(int(length))}) is over the "
                                 f"{_mb(limits.max_bytes)} limit; raise it with --max-bytes")
            body = _read_body(resp, current, limits, deadline)
            return Fetched(url=current, content_type=media, charset=charset, body=body)
        finally:
            conn.close()
    raise AssertionError("unreachable")  # the loop returns or raises
