"""Feeds are parsed without entity expansion: billion laughs (nested
entities), a quadratic blowup (one big entity referenced thousands of
times), and the ways around feedparser's own DOCTYPE clean-up (an entity
value holding a tag, a DOCTYPE on one line, entities outside the DOCTYPE, a
UTF-16 feed, a decoy DOCTYPE in a comment) all give a feed whose text is no
longer than its bytes, in bounded memory."""
from __future__ import annotations

import io
import tracemalloc

import feedparser
import pytest

from veille.readers._dtd import feed_bytes
from veille.readers.sources import iter_items

CHANNEL = ('<rss version="2.0"><channel><title>{title}</title>'
           '<item><title>Un</title><link>http://127.0.0.1:9/a</link><description>{title}</description></item>'
           '</channel></rss>')


def _laughs(separator: str = "\n", first: str = "") -> str:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    subset = separator.join([first, *entities] if first else entities)
    return f'<?xml version="1.0"?>\n<!DOCTYPE rss [{separator}{subset}{separator}]>\n' + CHANNEL.format(title="&lol9;")


BIG = "x" * 100_000
FEEDS = {
    "billion laughs": _laughs(),
    "billion laughs on one line": _laughs(separator=""),
    "a tag in the first entity value": _laughs(first='<!ENTITY tag "<b>">'),
    "quadratic blowup in the DOCTYPE": f'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "{BIG}">\n]>\n'
                                       + CHANNEL.format(title="&a;" * 2000),
    "quadratic blowup outside the DOCTYPE": f'<?xml version="1.0"?>\n<!DOCTYPE rss>\n<!ENTITY a "{BIG}">\n'
                                            + CHANNEL.format(title="&a;" * 2000),
    "a decoy DOCTYPE in a comment": '<?xml version="1.0"?>\n<!-- <x> <!DOCTYPE decoy> -->\n'
                                    + _laughs().split("\n", 1)[1],
    "a ] and a > inside an entity value": '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY q "]>">\n'
                                          + _laughs().split("[\n", 1)[1],
}


def _parse(raw: bytes):
    tracemalloc.start()
    try:
        feed = feedparser.parse(io.BytesIO(feed_bytes(raw)))
        return feed, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", sorted(FEEDS))
def test_feed_entities_are_not_expanded(name):
    raw = FEEDS[name].encode("utf-8")
    feed, peak = _parse(raw)
    texts = [feed.feed.get("title", ""), *(e.get("title", "") + e.get("summary", "") for e in feed.entries)]
    assert len(feed.entries) == 1 and feed.entries[0].link == "http://127.0.0.1:9/a"
    assert "lollol" not in "".join(texts) and BIG not in "".join(texts)
    assert max(len(text) for text in texts) <= len(raw)
    assert peak < 20 * len(raw) + 2_000_000  # unprotected, the quadratic feeds took 610 MB


def test_a_utf16_feed_is_cleaned_as_well():
    raw = _laughs().replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="utf-16"?>').encode("utf-16")
    feed, _ = _parse(raw)
    assert feed.feed.title == "&lol9;" and len(feed.entries) == 1


def test_a_feed_with_an_ordinary_doctype_and_entities_reads_as_before():
    raw = ('<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
           '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
           + CHANNEL.format(title="Guerre &amp; paix &#233;t&#xE9;")).encode()
    feed, _ = _parse(raw)
    assert feed.feed.title == "Guerre & paix été" and feed.version == "rss091n"


def test_ingesting_a_billion_laughs_feed_file_gives_its_items(tmp_path):
    path = tmp_path / "laughs.xml"
    path.write_text(FEEDS["a tag in the first entity value"], encoding="utf-8")
    (item,) = list(iter_items([path]))
    assert item.source == "http://127.0.0.1:9/a" and item.error.code == "V115"  # the item's link, refused


@pytest.mark.parametrize("text, kept", [
    ('<!DOCTYPE r [<!ENTITY a "]">]><r/>', "<!DOCTYPE r ><r/>"),
    ("<!DOCTYPE r [<!-- ] -->]><r/>", "<!DOCTYPE r ><r/>"),
    ("<!DOCTYPE r [<?pi ] ?>]><r/>", "<!DOCTYPE r ><r/>"),
    ('<!DOCTYPE r SYSTEM "x[y.dtd"><r/>', '<!DOCTYPE r SYSTEM "x[y.dtd"><r/>'),
    ('<!DOCTYPE r [<!ENTITY a "never closed><r>&a;</r>', "<!DOCTYPE r >"),
    ("<r>no doctype [ here ]</r>", "<r>no doctype [ here ]</r>"),
])
def test_feed_bytes_removes_the_internal_subset_only(text, kept):
    assert feed_bytes(text.encode()).decode().endswith(kept)


def test_a_feed_whose_content_is_a_file_path_is_not_read_from_that_path(tmp_path):
    """feedparser.parse(bytes) opens the bytes as a file name when they are
    one: a feed (or a server) answering "/some/local/feed.xml" would have had
    veille read that local file. The bytes are parsed as a feed, never opened."""
    inside = tmp_path / "local.xml"
    inside.write_text(CHANNEL.format(title="local"), encoding="utf-8")
    pointer = tmp_path / "pointer.xml"
    pointer.write_text(str(inside), encoding="utf-8")
    (item,) = list(iter_items([pointer]))
    assert item.error.code == "V111" and item.source == str(pointer)


def test_the_xml_parser_under_feedparser_keeps_its_own_limits():
    """Behind the clean-up, the parser feedparser picks is expat (not the
    libxml2 driver it prefers when installed), with external entities off and
    expat's billion-laughs amplification limit (expat 2.4.0 and later)."""
    import pyexpat
    import xml.sax
    from xml.sax.handler import feature_external_ges, feature_external_pes

    parser = xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)
    assert type(parser).__module__ == "xml.sax.expatreader"
    assert not parser.getFeature(feature_external_ges) and not parser.getFeature(feature_external_pes)
    assert pyexpat.version_info >= (2, 4, 0)
