import json

from readability import Block, Policy, analyze
from readability.textmodel import extract_plain_text

OFFICIALESE = (
    "Indien u niet voldoet aan de inlichtingenplicht, dient u er rekening mee te houden dat "
    "de uitkering middels een besluit kan worden herzien."
)
# Our own B1 rewrite of the same content.
REWRITE = (
    "Vertelt u ons niet alles wat wij moeten weten? Dan kunnen wij uw uitkering veranderen. "
    "Of wij stoppen ermee. Dat laten wij u weten in een brief."
)

B1_PAGE = (
    "Heeft u te weinig geld om van te leven? Dan kunt u bijstand aanvragen. Bijstand is geld "
    "van de gemeente. U krijgt het elke maand op uw rekening. Wij kijken eerst of u recht "
    "heeft op bijstand. Daarvoor hebben wij informatie van u nodig. Wij vragen bijvoorbeeld "
    "naar uw inkomen en uw spaargeld. Stuur ons de papieren binnen twee weken. Heeft u hulp "
    "nodig bij het invullen? Bel ons dan. Wij helpen u graag. U hoort binnen acht weken of "
    "u bijstand krijgt."
)


def rules(report):
    return [f.rule for f in report.findings]


def test_officialese_is_blocked_with_a_finding_per_problem():
    report = analyze(OFFICIALESE, policy=Policy(max_level="B1"))
    assert not report.passes
    excerpts = {f.excerpt.lower() for f in report.findings if f.rule == "jargon"}
    assert "indien" in excerpts
    assert "middels" in excerpts
    assert any(e.startswith("dient") and e.endswith("te") for e in excerpts)
    passive = [f for f in report.findings if f.rule == "passive"]
    assert passive and passive[0].excerpt == "kan worden herzien"
    assert "sentence.long" in rules(report)
    for f in report.findings:
        if f.rule != "level.too_high":
            assert OFFICIALESE[f.start : f.end] == f.excerpt


def test_b1_rewrite_passes():
    report = analyze(REWRITE, policy=Policy(max_level="B1"))
    assert report.passes, report.reasons
    assert not [f for f in report.findings if f.severity == "block"]


def test_plain_b1_page_passes_and_is_at_most_b1():
    report = analyze(B1_PAGE)
    assert report.word_count >= 50
    assert report.level in ("A1", "A2", "B1")
    assert report.passes, report.reasons


def test_hard_text_is_blocked_on_level():
    hard = (
        "Ingevolge de bepalingen van de Participatiewet is het college gehouden om, "
        "alvorens tot toekenning van bijzondere bijstand over te gaan, de draagkracht van "
        "belanghebbende vast te stellen, waarbij rekening wordt gehouden met het vermogen en "
        "het inkomen van de echtgenoot alsmede de kosten die verband houden met de "
        "bijzondere omstandigheden waarin betrokkene verkeert. "
    ) * 2
    report = analyze(hard, policy=Policy(max_level="B1"))
    assert not report.passes
    assert report.level in ("B2", "C1", "C2")
    assert "level.too_high" in rules(report)


def test_empty_text_has_nothing_to_judge_and_passes():
    for empty in ("", "   \n\n", "<p></p>", []):
        report = analyze(empty)
        assert report.passes
        assert report.level is None
        assert "nothing to judge" in report.notes


def test_short_text_gets_a_level_but_no_style_warnings():
    report = analyze("Wij helpen u. Bel de KCC.")
    assert "short text: no style warnings; level judged with a wider margin" in report.notes
    assert "abbreviation.unexplained" not in rules(report)
    assert report.level in ("A1", "A2")
    assert report.passes and report.verdict == "pass"


def test_law_quotes_are_excluded_and_reported():
    blocks = [
        {"type": "heading", "text": "Uw plicht"},
        {"type": "paragraph", "text": "U moet ons vertellen wat er verandert."},
        {"type": "law_quote", "text": OFFICIALESE},
    ]
    report = analyze(blocks)
    assert report.excluded_blocks == [2]
    assert "law quotes excluded" in report.notes
    assert report.passes
    assert all(f.block != 2 for f in report.findings)


def test_block_findings_have_block_relative_offsets():
    blocks = [
        Block("heading", "Bijstand"),
        Block("paragraph", "<p>Wij helpen. " + OFFICIALESE + "</p>"),
    ]
    report = analyze(blocks)
    f = next(f for f in report.findings if f.rule == "jargon")
    assert f.block == 1
    assert f.excerpt == "Indien"
    assert ("Wij helpen. " + OFFICIALESE)[f.start : f.end] == "Indien"


def test_html_script_is_reduced_to_text():
    report = analyze("<p>Wij helpen u.</p><script>indien middels derhalve</script>")
    assert report.word_count == 3
    assert "jargon" not in rules(report)


def test_placeholders_count_as_plain_words():
    report = analyze("Beste {{ naam }}, op {{ datum_besluit }} kreeg u € 1.234,56 van ons.")
    assert report.word_count == 9
    assert report.sentence_count == 1
    assert not [f for f in report.findings if "{{" in f.excerpt]


def test_custom_jargon_overrides_builtin():
    report = analyze(
        "Indien nodig bellen wij.", jargon=[{"phrase": "indien", "alternatives": ["wanneer"]}]
    )
    (f,) = [f for f in report.findings if f.rule == "jargon"]
    assert f.suggestion == "wanneer"


def test_report_is_json_serialisable_with_stable_fields():
    data = analyze(OFFICIALESE).to_dict()
    json.dumps(data)
    assert set(data) == {
        "level",
        "score",
        "confidence",
        "passes",
        "lang",
        "word_count",
        "sentence_count",
        "signals",
        "findings",
        "reasons",
        "notes",
        "excluded_blocks",
        "verdict",
        "band",
        "paragraphs",
        "sentences",
    }
    assert set(data["findings"][0]) == {
        "start",
        "end",
        "block",
        "rule",
        "severity",
        "message",
        "suggestion",
        "excerpt",
    }


def test_english_gets_a_flesch_level():
    text = ("We pay your rent every month. You can call us on work days. " * 6).strip()
    report = analyze(text, lang="en")
    assert report.level is not None
    assert "flesch_reading_ease" in report.signals


def test_other_languages_get_no_level():
    report = analyze("Bu bir deneme metnidir. " * 20, lang="tr")
    assert report.level is None and report.score is None
    assert "level cannot be estimated for this language" in report.notes


def test_other_languages_still_get_structural_rules():
    long_sentence = " ".join(["kelime"] * 30) + "."
    report = analyze(long_sentence, lang="tr")
    (finding,) = [f for f in report.findings if f.rule == "sentence.too_long"]
    assert finding.severity == "warn"  # one long sentence is a finding, not a verdict
    assert report.passes
    extreme = analyze(" ".join(["kelime"] * 45) + ".", lang="tr")
    assert [f.severity for f in extreme.findings if f.rule == "sentence.too_long"] == ["block"]
    assert not extreme.passes


def test_easy_read_is_stricter():
    text = B1_PAGE
    assert analyze(text, policy=Policy.for_content_type("information_page")).passes
    easy = analyze(text, policy=Policy.for_content_type("easy_read"))
    assert easy.level is not None


def test_large_input_finishes():
    text = (B1_PAGE + "\n\n") * (5_000_000 // (len(B1_PAGE) + 2) + 1)
    assert len(text) >= 5_000_000
    report = analyze(text)
    assert report.word_count > 500_000


# Findings point at words of sentences that are only tokenised in full when a rule needs
# them; their spans must still point at the right text for every kind of input.
SPAN_TEXT = (
    "Indien u vragen heeft, bel ons. Uw aanvraag wordt door ons beoordeeld. Je krijgt "
    "bericht van het UWV. Wij betalen de huur elke maand. Neem bijv. uw paspoort mee. "
    "De gemeente betaalt uw reiskosten binnen acht weken. Heeft u hulp nodig bij het "
    "invullen van het formulier? Bel ons dan gerust. Wij helpen u graag met uw vragen. "
    "Uw gegevens worden zorgvuldig bewaard door de gemeente."
)


def _check_spans(report, source_of):
    assert {f.rule for f in report.findings} >= {"jargon", "passive", "address.mixed"}
    for f in report.findings:
        if f.block is None and f.rule in ("level.too_high", "passive.too_much"):
            continue
        assert source_of(f.block)[f.start : f.end] == f.excerpt


def test_finding_spans_for_text_html_and_blocks():
    _check_spans(analyze(SPAN_TEXT), lambda block: SPAN_TEXT)

    html = "<h2>Uw post</h2><p>" + SPAN_TEXT.replace(". ", ".</p><p>", 3) + "</p>"
    plain = extract_plain_text(html)
    _check_spans(analyze(html), lambda block: plain)

    blocks = [
        {"type": "heading", "text": "Uw post"},
        {"type": "paragraph", "text": SPAN_TEXT},
        {"type": "paragraph", "text": "<p>Indien nodig <b>wordt</b> u gebeld.</p>"},
    ]
    inner = extract_plain_text(blocks[2]["text"])
    report = analyze(blocks)
    _check_spans(report, lambda block: inner if block == 2 else blocks[block]["text"])
    assert any(f.block == 2 and f.rule == "jargon" for f in report.findings)


def test_short_english_text_gets_a_level_but_no_level_verdict():
    # A Flesch score of four words is noise; Dutch short texts are judged (test_verdict).
    report = analyze("Huur for English readers.", lang="en")
    assert report.level is not None
    assert report.band is None
    assert report.verdict == "pass"
    long_hard = analyze(
        "Notwithstanding the aforementioned considerations, the municipality's "
        "administrative determination constitutes an authoritative interpretation. " * 5,
        lang="en",
    )
    assert long_hard.band is not None and not long_hard.passes


def test_analysis_leaves_the_garbage_collector_running():
    """A library must not switch the process-wide cyclic collector off: collections go on
    while a long text is analysed (a server's other threads depend on them)."""
    import gc

    runs = []

    def count(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    text = " ".join(["Wij betalen uw huur elke maand, en u krijgt een brief."] * 3000)
    was_enabled = gc.isenabled()
    gc.enable()
    gc.callbacks.append(count)
    try:
        report = analyze(text)
        assert len(report.sentences) == 3000
    finally:
        gc.callbacks.remove(count)
        if not was_enabled:
            gc.disable()
    assert runs, "no garbage collection ran during the analysis"
    assert gc.isenabled()
