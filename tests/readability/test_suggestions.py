from readability import analyze

LONG = (
    "U kunt bijzondere bijstand aanvragen voor kosten die u niet zelf kunt betalen, en wij "
    "kijken dan samen met u welke kosten de gemeente voor u kan vergoeden."
)


def _sentence(report, needle):
    (s,) = [s for s in report.sentences if needle in s.text]
    return s


def test_long_sentence_gets_a_split_point_in_the_text():
    report = analyze(LONG)
    s = _sentence(report, "bijzondere")
    (tip,) = [t for t in s.suggestions if t.rule == "sentence.split"]
    assert "Zet een punt na 'betalen'" in tip.message
    assert "'en'" in tip.message
    assert tip.excerpt in s.text


def test_long_sentence_without_a_split_point_says_so():
    text = " ".join(["Wij betalen de huur van uw woning"] * 4) + "."
    s = analyze(text).sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "sentence.split"]
    assert "geen goede plek" in tip.message


def test_jargon_word_gets_its_replacement_from_the_list():
    s = analyze("Wij sturen u middels een brief het besluit.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "jargon"]
    assert tip.excerpt == "middels" and tip.replacement == "met"


def test_a_conjugated_officialese_verb_is_not_replaced_by_a_bare_infinitive():
    """'de verstrekte gegevens' -> 'de geven gegevens' would be broken Dutch."""
    s = analyze("Wij controleren de verstrekte gegevens elk jaar.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "jargon"]
    assert tip.message == ("Vervang 'verstrekte' door een vorm van 'geven' die in de zin past.")
    s = analyze("Wij verstrekken u elk jaar een overzicht.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "jargon"]
    assert tip.message == "Vervang 'verstrekken' door 'geven'."


def test_passive_gets_the_agent_and_the_verb():
    s = analyze("Uw aanvraag wordt door de gemeente betaald.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "passive"]
    assert "'de gemeente'" in tip.message and "'betalen'" in tip.message
    assert tip.replacement == "betalen"


def test_passive_without_agent_says_who_is_missing():
    s = analyze("Uw uitkering wordt elke maand betaald.").sentences[0]
    (tip,) = [t for t in s.suggestions if t.rule == "passive"]
    assert "niet wie het doet" in tip.message


def test_sentences_are_listed_hardest_first_with_their_own_level():
    report = analyze("Bel ons. " + LONG + " Wij helpen u.")
    ranks = [s.rank for s in report.sentences]
    assert ranks == sorted(ranks)
    scores = [s.score for s in report.sentences]
    assert scores == sorted(scores, reverse=True)
    assert report.sentences[0].text.startswith("U kunt bijzondere")
    data = report.to_dict()["sentences"][0]
    assert {"start", "end", "block", "level", "score", "suggestions", "rank"} <= set(data)
