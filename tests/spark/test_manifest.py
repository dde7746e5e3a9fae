"""The manifest: paths and URIs, comments, relative paths from its folder or
after a prefix, gzipped as CC-NEWS publishes it; a batch's name."""
from __future__ import annotations

import gzip

from veille.spark.manifest import batch_id, is_uri, read_manifest


def test_manifest_lines_become_paths_and_uris_each_once(tmp_path):
    (tmp_path / "warc.paths").write_text("# a crawl\n\na.warc.gz\n/data/b.warc.gz\ns3a://bucket/c.warc.gz\n"
                                         "a.warc.gz\nfile:///data/d.warc\n", encoding="utf-8")
    assert read_manifest(tmp_path / "warc.paths") == [str(tmp_path / "a.warc.gz"), "/data/b.warc.gz",
                                                       "s3a://bucket/c.warc.gz", "file:///data/d.warc"]


def test_a_gzipped_manifest_with_a_prefix_as_cc_news_gives_it(tmp_path):
    lines = "crawl-data/CC-NEWS/2025/02/CC-NEWS-20250201000000-00001.warc.gz\n" \
            "crawl-data/CC-NEWS/2025/02/CC-NEWS-20250201001000-00002.warc.gz\n"
    (tmp_path / "warc.paths.gz").write_bytes(gzip.compress(lines.encode()))
    entries = read_manifest(tmp_path / "warc.paths.gz", prefix="s3a://commoncrawl/")
    assert entries == ["s3a://commoncrawl/" + line for line in lines.split()]
    assert all(is_uri(e) for e in entries) and not is_uri("/data/a.warc.gz") and not is_uri("a.warc.gz")


def test_a_batch_is_named_by_its_files_alone():
    assert batch_id(["a", "b"]) == batch_id(["b", "a"]) != batch_id(["a", "c"])
    assert len(batch_id(["a"])) == 16 and "-" not in batch_id(["a"])
