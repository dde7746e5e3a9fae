"""Which addresses veille may fetch from: public ones only, unless asked.

A feed veille did not write can name any URL, and a page can redirect
anywhere; without this check a feed item pointing at the cloud metadata
service (169.254.169.254), the machine itself or an intranet host would be
fetched and its answer stored in a ledger that the web UI shows."""
from __future__ import annotations

import ipaddress

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IETF = ipaddress.ip_network("192.0.0.0/24")  # protocol assignments, not routed (3.11 calls most of it global)

# The order matters only for the reason given: the most telling name first.
_KINDS = (
    ("is_unspecified", "unspecified"),
    ("is_loopback", "loopback"),
    ("is_link_local", "link-local"),
    ("is_multicast", "multicast"),
    ("is_private", "private"),
    ("is_reserved", "reserved"),
)


def why_not_public(address: str | ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why `address` is not a public unicast address ("loopback", "private",
    …), or None when it is. An IPv6 address that stands for an IPv4 one
    (IPv4-mapped ``::ffff:127.0.0.1``, NAT64 ``64:ff9b::/96``) is judged by
    that IPv4 address, and one that tunnels to it (6to4, Teredo) by both,
    since that is where the packets end up."""
    ip = ipaddress.ip_address(str(address).split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    if ip.version == 6:
        stands_for = ip.ipv4_mapped or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
        if stands_for:
            return _inside(why_not_public(stands_for), stands_for, ip)
        for tunnelled in (ip.sixtofour, ip.teredo[1] if ip.teredo else None):
            if tunnelled and why_not_public(tunnelled):
                return _inside(why_not_public(tunnelled), tunnelled, ip)
    for attribute, kind in _KINDS:
        if getattr(ip, attribute):
            return kind
    if ip in _IETF:
        return "reserved"
    if not ip.is_global:  # e.g. 100.64.0.0/10, carrier-grade NAT
        return "not globally routable"
    return None


def _inside(reason: str | None, inner, outer) -> str | None:
    return reason and f"{reason} ({inner} inside {outer})"
