"""A .warc.gz whose gzip member inflates to far more than the size limit:
that record is one error (V118, naming the file and the record), cut at the
limit in bounded memory, and the records after it are still read."""
from __future__ import annotations

import io
import tracemalloc
import zlib

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from veille.readers.sources import WARC_HEADROOM, iter_items

LIMIT = 1024 * 1024
INFLATED = 128 * 1024 * 1024  # zeros behind the bomb: 128 times the limit

ARTICLE = ("<html lang='fr'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
           "<p>Le porte-parole du Kremlin, Dmitri Peskov, a déclaré mercredi que la Russie ne discuterait jamais "
           "d'un échange de territoires avec l'Ukraine, ajoutant que la question n'était pas à l'ordre du jour.</p>"
           "</article></body></html>")


def _record(uri: str, body: bytes, ctype: str = "text/html; charset=utf-8", **http_headers: str) -> bytes:
    """One record as its own gzip member, as warcio writes it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    fields = [("Content-Type", ctype), *((name.replace("_", "-"), value) for name, value in http_headers.items())]
    headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    return out.getvalue()


def _bomb_member(uri: str, ctype: str) -> bytes:
    """A response record of `INFLATED` zero bytes, in one gzip member of about 130 KB."""
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode()
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Record-ID: <urn:uuid:{abs(hash(uri))}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http) + INFLATED}\r\n\r\n")
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [packer.compress(head.encode() + http)]
    parts += [packer.compress(block) for _ in range(INFLATED // len(block))]
    return b"".join(parts) + packer.compress(b"\r\n\r\n") + packer.flush()


def _read(path):
    list(iter_items([path], max_bytes=LIMIT))  # imports and caches warmed, so that the peak is the reading's
    tracemalloc.start()
    try:
        items = list(iter_items([path], max_bytes=LIMIT))
        return items, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _summary(items):
    return [(item.source.split("#", 1)[1], item.error.code if item.error else "doc") for item in items]


def test_a_gzip_bomb_member_is_cut_and_the_records_after_it_are_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_record("https://news.example/a", ARTICLE.format(title="Avant").encode())
                     + _bomb_member("https://bomb.example/", "text/html")
                     + _record("https://news.example/b", ARTICLE.format(title="Après").encode()))
    items, peak = _read(path)
    assert _summary(items) == [("https://news.example/a", "doc"), ("https://bomb.example/", "V118"),
                               ("https://news.example/b", "doc")]
    assert str(items[1].error).startswith(f"[V118] {path}#https://bomb.example/:")
    assert f"more than {LIMIT + WARC_HEADROOM} bytes once inflated" in str(items[1].error)
    assert peak < 16 * LIMIT  # 128 MB behind the bomb, never inflated


def test_a_bomb_in_a_record_veille_does_not_read_is_passed_over(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_bomb_member("https://cdn.example/video.mp4", "video/mp4")
                     + _record("https://news.example/a", ARTICLE.format(title="Seul").encode()))
    items, _ = _read(path)
    assert _summary(items) == [("https://news.example/a", "doc")]


def test_a_gzip_bomb_inside_a_records_http_body_is_cut(tmp_path):
    """The member is small; its HTTP body is Content-Encoding: gzip of 128 MB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    body = b"".join(packer.compress(block) for _ in range(INFLATED // len(block))) + packer.flush()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_record("https://bomb.example/", body, Content_Encoding="gzip")
                     + _record("https://news.example/a", ARTICLE.format(title="Après").encode()))
    items, peak = _read(path)
    assert _summary(items) == [("https://bomb.example/", "V118"), ("https://news.example/a", "doc")]
    assert peak < 64 * LIMIT


def test_garbage_between_members_is_skipped_to_the_next_record(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_record("https://news.example/a", ARTICLE.format(title="Un").encode())
                     + b"\x1f\x8b\x08 not really gzip " * 10
                     + _record("https://news.example/b", ARTICLE.format(title="Deux").encode()))
    items, _ = _read(path)
    assert _summary(items[:1]) == [("https://news.example/a", "doc")]
    assert [item.error.code for item in items[1:-1]] == ["V112"]
    assert items[-1].document.url == "https://news.example/b"
