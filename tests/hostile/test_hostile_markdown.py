"""Markdown written to hang a reader: each case runs in a child process with a
hard timeout (a regex stuck in backtracking cannot be interrupted from
inside), and must be read in well under a second."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

CASES = {
    # an unclosed link: "[a](" then a destination that never ends
    "unclosed link, 135 bytes": "# Titre\n\nLe ministre a déclaré que [a](" + "x" * 40 + " et la suite sans fin\n",
    "unclosed link with nested parentheses, 217 bytes":
        "# Titre\n\nLe porte-parole a dit que [voir ici](" + "(x" * 40 + "y" * 60 + "\n",
    "200 KB of unclosed emphasis": "# Titre\n\n" + "**a " * 50_000 + "\n",
    "200 KB of an unclosed image": "# Titre\n\n![a](" + "x" * 200_000 + "\n",
    "200 KB of opening brackets": "# Titre\n\n" + "[" * 100_000 + "\n",
    "200 KB of underscores and stars": "# Titre\n\n" + "_a *b " * 33_000 + "\n",
    "a 100 KB heading of spaces": "# " + " " * 100_000 + "x\n\nLe texte suit ici.\n",
}

CHILD = textwrap.dedent("""
    import json, sys, time
    from veille.readers.markdown import parse_markdown
    parse_markdown("# Chauffe\\n\\nUne phrase **pour** charger le lecteur.\\n")
    text = sys.stdin.read()
    start = time.perf_counter()
    doc = parse_markdown(text, "hostile.md")
    print(json.dumps({"seconds": time.perf_counter() - start, "chars": len(doc.text)}))
""")


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_markdown_is_read_in_well_under_a_second(name):
    text = CASES[name]
    try:
        done = subprocess.run([sys.executable, "-c", CHILD], input=text, capture_output=True, text=True,
                              timeout=30, check=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: the reader was still busy after 30 s")
    result = json.loads(done.stdout)
    assert result["chars"] > 0
    assert result["seconds"] < 0.9, f"{name}: {result['seconds']:.2f} s for {len(text)} characters"


def test_markup_still_reduced_to_text():
    from veille.readers.markdown import parse_markdown

    doc = parse_markdown("# T\n\nLe **ministre** a dit [ceci](http://x.org/a_(b)) et `code` _ici_, 2*3*4 reste.\n")
    assert doc.text == "Le ministre a dit ceci et code ici, 2*3*4 reste."
