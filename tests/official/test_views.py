"""veille/official/views.py: the night a report's row belongs to, and the
nightly figures the timeline draws (one national report per night and
category, never a sum of reports)."""
from __future__ import annotations

from datetime import date

import pytest

from veille.official.importer import import_csv
from veille.official.views import agreement, night_of_row, post_url, record_nights
from veille.store import open_store


@pytest.mark.parametrize(("time_end", "night"), [
    ("2025-02-12 08:30", "2025-02-12"),  # an ordinary nightly report: the morning after
    ("2025-02-12 12:00", "2025-02-12"),  # noon closes the night
    ("2025-02-12 12:01", "2025-02-13"),  # an afternoon attack belongs to the coming night
    ("2025-02-11 21:00", "2025-02-12"),  # an evening strike: the night that starts at noon
    ("2025-02-12", "2025-02-12"),        # a report dated by its day alone: that morning's
])
def test_night_of_row(time_end, night):
    assert night_of_row(time_end) == date.fromisoformat(night)


def test_record_nights_keep_one_national_report_per_night_and_category(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(
        "time_start,time_end,model,target,launched,destroyed,source\n"
        "2025-03-03 19:00,2025-03-04 08:00,Shahed-136/131,Ukraine,150,90,kpszsu/posts/main\n"
        "2025-03-04 01:00,2025-03-04 02:00,Shahed-136/131,Ukraine,20,20,kpszsu/posts/update\n"
        "2025-03-04 03:00,2025-03-04 04:00,X-101/X-555,Ukraine,8,,kpszsu/posts/update\n"
        "2025-03-04,2025-03-04,Shahed-136/131,south,30,28,PvKPivden/posts/regional\n"
        "2025-03-04,2025-03-04,Mystery-9,Ukraine,3,3,kpszsu/posts/main\n", encoding="utf-8")
    with open_store(str(tmp_path / "v.db")) as store:
        import_csv(store, path)
        assert record_nights(store) == [
            {"date": "2025-03-04", "category": "cruise_missile", "launched": 8, "destroyed": None,
             "report": "kpszsu/posts/update"},
            {"date": "2025-03-04", "category": "drone", "launched": 150, "destroyed": 90, "report": "kpszsu/posts/main"}]
        assert record_nights(store, "2025-03-05", "2025-03-09") == []


def test_post_url_and_agreement_wording():
    assert post_url("kpszsu/posts/pfbid0x") == "https://www.facebook.com/kpszsu/posts/pfbid0x"
    assert post_url(None) is None
    assert agreement({"agreement_rate": 0.625}) == "62 % agree"  # as `veille reconcile` rounds it
    assert agreement({"agreement_rate": None}) is None
