import io
import json
import subprocess
import sys

from readability.cli import main

GOOD = "Wij helpen u graag. Bel ons als u vragen heeft."
BAD = "Indien u vragen heeft, dient u contact op te nemen middels het formulier."


def run(argv, stdin_bytes=b""):
    out, err = io.StringIO(), io.StringIO()

    class Stdin:
        buffer = io.BytesIO(stdin_bytes)

    code = main(argv, stdin=Stdin(), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_passing_file_exits_zero(tmp_path):
    path = tmp_path / "goed.txt"
    path.write_text(GOOD, encoding="utf-8")
    code, out, _ = run(["check", str(path)])
    assert code == 0
    assert "OK" in out


def test_blocked_file_exits_one_and_lists_findings(tmp_path):
    good, bad = tmp_path / "goed.txt", tmp_path / "slecht.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    code, out, _ = run(["check", str(good), str(bad)])
    assert code == 1
    assert "jargon" in out


def test_json_format(tmp_path):
    bad = tmp_path / "slecht.txt"
    bad.write_text(BAD, encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", str(bad)])
    data = json.loads(out)
    assert code == 1
    assert data[0]["path"] == str(bad)
    assert set(data[0]) == {"path", "level", "score", "passes", "verdict", "findings"}
    assert data[0]["verdict"] == "block"
    assert data[0]["passes"] is False


def test_stdin():
    code, out, _ = run(["check", "-"], GOOD.encode())
    assert code == 0


def test_html_file_is_parsed_as_html(tmp_path):
    page = tmp_path / "pagina.html"
    page.write_text("<p>Wij helpen u.</p><script>indien middels</script>", encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", str(page)])
    assert code == 0
    assert json.loads(out)[0]["findings"] == []


def test_max_level_option(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert run(["check", "--max-level", "a2", str(path)])[0] == 0


def test_binary_file_exits_two(tmp_path):
    path = tmp_path / "plaatje.bin"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code, out, err = run(["check", str(path)])
    assert code == 2
    assert "binary" in err and err.count("\n") == 1


def test_invalid_utf8_exits_two(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café geïnd".encode("latin-1"))
    code, _, err = run(["check", str(path)])
    assert code == 2
    assert "UTF-8" in err


def test_missing_file_and_usage_errors_exit_two(tmp_path):
    assert run(["check", str(tmp_path / "nope.txt")])[0] == 2
    assert run(["check"])[0] == 2
    assert run([])[0] == 2
    assert run(["check", "--max-level", "Z9", "x"])[0] == 2


def test_subprocess_smoke(tmp_path):
    path = tmp_path / "slecht.txt"
    path.write_text(BAD, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "readability", "check", "--format", "json", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert json.loads(result.stdout)[0]["passes"] is False


def test_grey_zone_text_exits_1_with_verdict_human_check(tmp_path):
    # Written for this test: long-ish sentences with some formal words, on the B1 boundary.
    text = (
        "Hoewel de gemeente de aanvraag binnen acht weken beoordeelt, kan het in drukke "
        "periodes langer duren voordat u een beslissing ontvangt. In dat geval informeren wij "
        "u schriftelijk over de verwachte termijn. Heeft u in de tussentijd vragen over de "
        "voortgang van uw aanvraag, neem dan contact op met uw vaste contactpersoon."
    )
    path = tmp_path / "grens.txt"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(["check", "--format", "json", str(path)])
    data = json.loads(out)[0]
    assert data["verdict"] == "human_check"
    assert data["passes"] is False
    assert code == 1  # a text that needs a person's B1 check does not pass on its own
