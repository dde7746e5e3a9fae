"""read_file and iter_inputs on files written in tmp_path."""
from __future__ import annotations

import pytest

from veille.errors import CODES, InputError
from veille.readers import iter_inputs, read_file

ARTICLE = (
    "Le ministre a déclaré que l'été sera difficile pour les agriculteurs de la région. "
    "Les réserves d'eau sont au plus bas depuis dix ans, selon la préfecture. "
    "Des restrictions d'arrosage entreront en vigueur dès lundi dans trois départements.\n"
)
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def read_error(path, **kwargs) -> InputError:
    with pytest.raises(InputError) as exc:
        read_file(path, **kwargs)
    return exc.value


# --- good files -------------------------------------------------------------


@pytest.mark.parametrize("name", ["article.md", "article.markdown", "article.txt", "ARTICLE.MD"])
def test_read_file_markdown_and_text_extensions(tmp_path, name):
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    doc = read_file(path)
    assert doc.text == ARTICLE.strip()
    assert doc.source == str(path)


def test_read_file_html_extension_goes_through_html_reader(tmp_path):
    paras = "".join(f"<p>{s}</p>" for s in ARTICLE.split(". "))
    path = tmp_path / "page.htm"
    path.write_text(
        f"<html lang='fr'><head><title>Sécheresse</title></head><body><article>{paras}</article></body></html>",
        encoding="utf-8",
    )
    doc = read_file(path)
    assert "réserves d'eau" in doc.text
    assert "<p>" not in doc.text
    assert doc.title == "Sécheresse"


def test_read_file_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert read_file(path).text == ARTICLE.strip()


def test_read_file_latin1_french_is_decoded(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(ARTICLE.encode("latin-1"))
    doc = read_file(path)  # no V103
    assert "déclaré" in doc.text
    assert doc.text == ARTICLE.strip()


@pytest.mark.parametrize(
    "text, encoding",
    [
        ("Il a déclaré être prêt.", "latin-1"),
        ("Le général a été très clair : la trêve ne tiendra pas.", "latin-1"),
        (
            "« Nous tiendrons », a déclaré le maire. L’été sera long, a-t-il ajouté. "
            "Les habitants s’organisent déjà pour l’hiver qui s’annonce rude.",
            "cp1252",
        ),
    ],
    ids=["latin1-etre-pret", "latin1-tres-treve", "cp1252-deja"],
)
def test_read_file_single_byte_french_round_trips_exactly(tmp_path, text, encoding):
    path = tmp_path / "ancien.txt"
    path.write_bytes(text.encode(encoding))
    assert read_file(path).text == text


def test_read_file_at_exactly_max_bytes_is_accepted(tmp_path):
    path = tmp_path / "juste.md"
    data = ("Le préfet a parlé. " * 100).encode("utf-8")[:1000]
    path.write_bytes(data)
    assert len(data) == 1000
    assert read_file(path, max_bytes=1000).text


# --- bad files --------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\n\t \r\n"])
def test_read_file_empty_file_is_v101(tmp_path, content):
    path = tmp_path / "vide.md"
    path.write_bytes(content)
    err = read_error(path)
    assert err.code == "V101"
    assert err.source == str(path)


@pytest.mark.parametrize(
    "content",
    [PNG_HEADER, b"\x00\x01\x02\x03" * 50, b"Texte" + b"\x00" + b"suite du texte " * 20],
)
def test_read_file_binary_file_is_v102(tmp_path, content):
    path = tmp_path / "image.md"
    path.write_bytes(content)
    assert read_error(path).code == "V102"


def test_read_file_larger_than_max_bytes_is_v104(tmp_path):
    path = tmp_path / "gros.md"
    path.write_bytes(("Le préfet a parlé. " * 200).encode("utf-8")[:2000])
    assert path.stat().st_size == 2000
    err = read_error(path, max_bytes=1000)
    assert err.code == "V104"


def test_read_file_v104_message_shows_the_real_limit(tmp_path):
    path = tmp_path / "gros.md"
    path.write_bytes(b"x" * 2000)
    err = read_error(path, max_bytes=1000)
    assert "limit 0 MB" not in str(err)


@pytest.mark.parametrize("name", ["rapport.pdf", "notes.docx", "c.gold.json", "sans_extension"])
def test_read_file_unsupported_extension_is_v107(tmp_path, name):
    path = tmp_path / name
    path.write_text(ARTICLE, encoding="utf-8")
    err = read_error(path)
    assert err.code == "V107"


def test_read_file_missing_file_is_v106(tmp_path):
    assert read_error(tmp_path / "absent.md").code == "V106"


# --- error message format ---------------------------------------------------


def test_input_error_message_format(tmp_path):
    path = tmp_path / "vide.md"
    path.write_bytes(b"")
    err = read_error(path)
    assert str(err) == f"[V101] {path}: {CODES['V101']}"


def test_input_error_message_carries_detail_in_parentheses():
    err = InputError("V107", "x/rapport.pdf", "extension '.pdf'")
    assert str(err) == "[V107] x/rapport.pdf: unsupported file type (extension '.pdf')"
    assert (err.code, err.source, err.detail) == ("V107", "x/rapport.pdf", "extension '.pdf'")


# --- iter_inputs ------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.md").write_text(ARTICLE, encoding="utf-8")
    (root / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    (root / "c.gold.json").write_text("{}", encoding="utf-8")
    (root / "sub" / "d.txt").write_text(ARTICLE, encoding="utf-8")
    (root / ".hidden" / "e.md").write_text(ARTICLE, encoding="utf-8")
    (root / ".notes.md").write_text(ARTICLE, encoding="utf-8")
    return root


def test_iter_inputs_folder_yields_articles_and_skipped_files(corpus):
    got = {p.relative_to(corpus).as_posix(): reason for p, reason in iter_inputs([corpus])}
    assert set(got) == {"a.md", "b.html", "c.gold.json", "sub/d.txt"}
    assert got["a.md"] is None and got["b.html"] is None and got["sub/d.txt"] is None
    assert got["c.gold.json"] is not None
    assert got["c.gold.json"].startswith("not an article")
    assert ".json" in got["c.gold.json"]


def test_iter_inputs_folder_order_is_sorted(corpus):
    names = [p.relative_to(corpus).as_posix() for p, _ in iter_inputs([corpus])]
    assert names == ["a.md", "b.html", "c.gold.json", "sub/d.txt"]


def test_iter_inputs_hidden_files_and_folders_are_not_reported(corpus):
    paths = [p for p, _ in iter_inputs([corpus])]
    assert not any(part.startswith(".") for p in paths for part in p.relative_to(corpus).parts)


def test_iter_inputs_folder_inside_a_hidden_folder_is_still_read(tmp_path):
    root = tmp_path / ".cache" / "articles"
    root.mkdir(parents=True)
    (root / "a.md").write_text(ARTICLE, encoding="utf-8")
    assert list(iter_inputs([root])) == [(root / "a.md", None)]


def test_iter_inputs_explicit_file_is_always_an_article(tmp_path):
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert list(iter_inputs([pdf])) == [(pdf, None)]
    assert read_error(pdf).code == "V107"


def test_iter_inputs_mixes_files_and_folders_in_given_order(corpus, tmp_path):
    single = tmp_path / "z.md"
    single.write_text(ARTICLE, encoding="utf-8")
    got = [p for p, _ in iter_inputs([single, corpus])]
    assert got[0] == single
    assert got[1:] == [corpus / "a.md", corpus / "b.html", corpus / "c.gold.json", corpus / "sub" / "d.txt"]


def test_iter_inputs_articles_from_folder_all_read(corpus):
    docs = [read_file(p) for p, reason in iter_inputs([corpus]) if reason is None]
    assert len(docs) == 3
    assert all("réserves d'eau" in d.text for d in docs)
