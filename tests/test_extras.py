"""Optional parts (extras): a missing one is a clear V304 naming what to install."""
from __future__ import annotations

import sys

import pytest

from veille.errors import StoreError, need


def test_need_names_the_extra_to_install():
    with pytest.raises(StoreError) as caught:
        need("veille_no_such_module", "web", "veille serve")
    assert caught.value.code == "V304"
    assert str(caught.value).startswith("[V304] veille serve:") and "pip install 'veille[web]'" in str(caught.value)


def test_a_feed_without_feedparser_is_that_input_failing(tmp_path, monkeypatch):
    from veille.readers.sources import iter_items

    feed = tmp_path / "fil.xml"
    feed.write_text("<rss version='2.0'><channel><title>t</title></channel></rss>", encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text("# Titre\n\nLe ministre a déclaré mardi que tout allait bien dans la région.\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "feedparser", None)  # what `import` sees when it is not installed
    items = list(iter_items([feed, article]))
    assert items[0].error.code == "V304" and "veille[crawl]" in str(items[0].error)
    assert items[1].document is not None
