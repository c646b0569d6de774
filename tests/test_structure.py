"""The text's structure: articles, footnotes, markers, sentences, body mask."""

from __future__ import annotations

from bycn.text.structure import parse_structure

TEXT = (
    " Ein Titel\n"
    "\n"
    " \n"
    "Der Park hatte Ende 2021 85 Einwohner"
    '"1 . Die Arbeit geht weiter.\n'
    "\n"
    "                                                 \n"
    "1 Der neue Bewohner [Elektronische Ressource]. - 2021. - URL: https://www.belta.by/a-\n"
    "b-c/ \n"
    " und mehr als 20 Länder.\n"
)


def test_articles_from_the_corpus(corpus):
    articles = corpus.articles
    assert articles["first_line"].tolist() == [1, 728, 1436, 1939, 2723]
    assert (
        articles["title"].iloc[0] == "Entwicklung von Industrieparks und regionale Zusammenarbeit"
    )
    assert articles["date"].tolist() == ["2022", "2022", "2022", "2023", "2023"]
    assert (
        articles["last_line"].iloc[:-1].to_numpy() < articles["first_line"].iloc[1:].to_numpy()
    ).all()


def test_footnotes_join_wrapped_urls_and_tolerate_lost_numbers(corpus):
    footnotes = corpus.footnotes.set_index("number")
    assert footnotes.loc[2, "url"] == (
        "https://www.belta.by/economics/view/v-velikom-kamne-za-9-mesjatsev-bolee-chem-na-tret-"
        "uvelichilis-investitsii-v-osnovnoj-kapital-470611-2021/"
    )
    assert footnotes.loc[2, "year"] == 2021
    assert footnotes.loc[16, "title"].startswith("Kukharev und der chinesische Botschafter")
    # Footnote 98 starts with a space and has no line of spaces before it.
    assert footnotes.loc[98, "first_line"] == 2319
    # The extraction lost some footnotes (68, 94-97 ...); numbering still runs on.
    assert 68 not in footnotes.index and 69 in footnotes.index
    assert footnotes.index.max() == 128
    assert footnotes["url"].str.contains(r"\s").sum() == 0


def test_no_footnote_text_page_number_or_debris_in_sentences(corpus):
    text = " ".join(corpus.sentences["text"])
    assert "Elektronische Ressource" not in text
    assert "xml-ph" not in text and "\ufffd" not in text
    assert "belta.by" not in text


def test_markers_are_masked_and_found_in_their_glued_forms():
    structure = parse_structure(TEXT)
    assert [(m.number, structure.text[m.start : m.end]) for m in structure.markers] == [(1, "1")]
    assert '"1' not in structure.body
    assert [a.title for a in structure.articles] == ["Ein Titel"]
    assert structure.footnotes[0].url == "https://www.belta.by/a-b-c/"
    # The body resumes mid-sentence after the footnote block.
    assert structure.sentences[-1].text == "Die Arbeit geht weiter. und mehr als 20 Länder."


def test_marker_glued_forms_from_the_corpus(corpus):
    # betrug"16 .  entwickeln.31 .  präsentierte. 76Die   vorgestellt..." . 78
    structure = parse_structure(corpus.text)
    by_number = {m.number: structure.line_of(m.start) for m in structure.markers}
    assert by_number[16] == 370
    assert by_number[31] == 762
    assert by_number[76] == 1856
    assert by_number[78] == 1910
    assert sorted(by_number) == list(range(1, 129))


def test_a_currency_abbreviation_before_an_elision_ends_the_sentence(corpus):
    sentence = corpus.figures.set_index("line").loc[41, "sentence"].iloc[0]
    assert sentence.endswith("auf 222,6 Millionen Br.")


def test_sentences_are_not_split_at_ordinals_or_abbreviations(corpus):
    texts = corpus.sentences["text"]
    assert texts.str.startswith("Der 86. Bewohner des Industrieparks im März 2022").any()
    assert not texts.str.fullmatch(r".*\b(?:Nr|Mio|Mrd)\.").any()


def test_a_footnote_block_at_the_very_end_keeps_its_last_line():
    # Issue 10, item 8: the last line of a file-final block went to the body.
    text = (
        ' Titel\n \nDer Park hat 85 Einwohner"1 .\n' + " " * 20 + "\n"
        "1 Quelle [Elektronische Ressource]. - 2021. - URL: https://x.by/a\n"
        "Fortsetzung der Quelle mit 12 Seiten"
    )
    for ending in ("", "\n", "\n\n"):
        structure = parse_structure(text + ending)
        assert structure.footnotes[0].last_line == 6
        assert "Fortsetzung" not in structure.body
        assert [s.text for s in structure.sentences] == ['Der Park hat 85 Einwohner" .']


def test_sentences_end_after_a_scale_before_a_function_word_not_at_ranks():
    body = (
        "Die Einfuhren lagen bei 2,5 Mrd.\nAuf Russland entfielen 3,4 Mrd. Dollar. "
        "China steht an 2. Stelle. Der Umsatz betrug $2 Mrd. Ich rechne mit mehr. "
        "Er erreichte $4 Mio. Man hofft auf mehr. Die Ausfuhr überstieg $97 Mio. Belarus "
        "liefert Holz. Sie lag bei 8 Mio. Dollar."
    )
    texts = [s.text for s in parse_structure(body).sentences]
    assert texts == [
        "Die Einfuhren lagen bei 2,5 Mrd.",
        "Auf Russland entfielen 3,4 Mrd. Dollar.",
        "China steht an 2. Stelle.",
        "Der Umsatz betrug $2 Mrd.",
        "Ich rechne mit mehr.",
        "Er erreichte $4 Mio.",
        "Man hofft auf mehr.",
        "Die Ausfuhr überstieg $97 Mio.",
        "Belarus liefert Holz.",
        "Sie lag bei 8 Mio. Dollar.",
    ]


def test_a_lone_letter_with_a_point_is_an_initial_not_an_end():
    body = (
        "Präsident A. Lukaschenko traf Xi Jinping. Es ging u. a. um Handel, z. B. um "
        "Kalidünger. Die Universität Gomel, benannt nach F. Skaryna, stellte aus. Er nannte "
        "die Stufe 5. Das war alles."
    )
    texts = [s.text for s in parse_structure(body).sentences]
    assert texts == [
        "Präsident A. Lukaschenko traf Xi Jinping.",
        "Es ging u. a. um Handel, z. B. um Kalidünger.",
        "Die Universität Gomel, benannt nach F. Skaryna, stellte aus.",
        "Er nannte die Stufe 5.",
        "Das war alles.",
    ]


def test_a_sentences_paragraph_opening_is_the_first_sentence_of_its_paragraph(corpus_path):
    text = (
        "Erster Satz. Zweiter Satz. Dritter Satz.\n\nNeuer Absatz. Noch einer.\n\n"
        "Allein.\n\nWieder drei. Sätze hier. Und hier.\n"
    )
    structure = parse_structure(text)
    openings = [structure.paragraph_opening(s).text for s in structure.sentences]
    assert openings == [
        *["Erster Satz."] * 3,
        *["Neuer Absatz."] * 2,
        "Allein.",
        *["Wieder drei."] * 3,
    ]
    # ... as a walk back through the paragraph finds it, in the shipped corpus too
    shipped = parse_structure(corpus_path.read_text(encoding="utf-8"))
    for sentence in shipped.sentences:
        first = sentence
        while first.number > 1 and shipped.sentences[first.number - 2].paragraph == first.paragraph:
            first = shipped.sentences[first.number - 2]
        assert shipped.paragraph_opening(sentence) is first
