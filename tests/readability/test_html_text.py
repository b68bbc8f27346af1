import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readability.html_text import html_to_pieces, looks_like_html


def test_script_and_style_are_dropped():
    pieces = html_to_pieces("<p>Hallo</p><script>var x = 1;</script><style>p{}</style><p>Dag</p>")
    assert [t for _, t, _ in pieces] == ["Hallo", "Dag"]


def test_noscript_text_is_read_because_some_readers_see_it():
    pieces = html_to_pieces("<p>Hallo</p><noscript><p>Zet JavaScript aan.</p></noscript>")
    assert [t for _, t, _ in pieces] == ["Hallo", "Zet JavaScript aan."]


def test_block_elements_map_to_kinds():
    html = "<h2>Titel</h2><p>Tekst</p><ul><li>een</li><li>twee</li></ul><table><tr><td>c</td>"
    html += "</tr></table>"
    assert [k for k, _, _ in html_to_pieces(html)] == [
        "heading",
        "paragraph",
        "list_item",
        "list_item",
        "table_cell",
    ]


def test_br_splits_but_keeps_the_paragraph():
    pieces = html_to_pieces("<p>Regel een<br>regel twee</p>")
    assert [t for _, t, _ in pieces] == ["Regel een", "regel twee"]
    assert pieces[0][2] == pieces[1][2]


def test_entities_and_whitespace():
    assert html_to_pieces("<p>a &amp;  b\n c</p>")[0][1] == "a & b c"


def test_detects_html():
    assert looks_like_html("<p>x</p>")
    assert not looks_like_html("3 < 4 en 5 > 2")


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["a", " ", "\t", "\n", "\r", "\u00a0", "\u2028"]), max_size=12)
)
def test_whitespace_runs_become_one_space(text):
    # As a browser shows it: every run of whitespace one space, none at the ends.
    shown = re.sub(r"\s+", " ", text).strip()
    assert [t for _, t, _ in html_to_pieces(f"<p>{text}</p>")] == ([shown] if shown else [])
