"""A day word after an inverted subject is when it was said, not part of who
said it ("a affirmé l'ONU lundi", "said the ministry Tuesday")."""
from __future__ import annotations

import pytest

from veille import Document, extract

pytestmark = pytest.mark.model


@pytest.mark.parametrize("language,text,speaker", [
    ("fr", "Les frappes ont tué dix civils, a déclaré le ministère mardi.", "ministère"),
    ("fr", "Les frappes ont tué dix civils, a déclaré le ministère aujourd'hui.", "ministère"),
    ("fr", "La ville est encerclée, a indiqué Vladimir Poutine jeudi.", "Vladimir Poutine"),
    ("en", "The strikes killed ten civilians, said the ministry Tuesday.", "ministry"),
])
def test_a_day_word_is_not_part_of_the_speaker(language, text, speaker):
    (st,) = extract(Document(text=text, language=language, published="2025-05-29"))["statements"]
    assert st["speaker"] == speaker
