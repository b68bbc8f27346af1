from content_models.placeholders import fill, malformed_fragments, placeholder_names


def test_names_are_found_once_in_order_of_use():
    text = "Beste {{ aanhef }}, op {{datum}} kreeg u {{ bedrag }}. Nogmaals {{ aanhef }}."
    assert placeholder_names(text) == ["aanhef", "datum", "bedrag"]


def test_well_formed_placeholders_are_not_malformed():
    assert malformed_fragments("Beste {{ aanhef }}, tot {{ datum_1 }}.") == []


def test_each_stray_brace_pair_is_reported_with_context():
    fragments = malformed_fragments("Beste {{ aanhef }, u krijgt {% bedrag %}.")
    assert len(fragments) == 3
    assert "aanhef" in fragments[0]


def test_fill_replaces_known_names_and_leaves_unknown_ones():
    assert fill("{{ a }} en {{ b }}", {"a": "1"}) == "1 en {{ b }}"
