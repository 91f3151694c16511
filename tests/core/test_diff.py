"""Word diff: tokens with offsets, Meld-style chunks, and the ignore switches."""

from desktop.core.diff import tokenize, word_diff
from desktop.core.model import WordDiff


def _changes(diff: WordDiff) -> list[tuple[str, str, str]]:
    """(tag, reference words, version words) for every non-equal chunk."""
    out: list[tuple[str, str, str]] = []
    for c in diff.chunks:
        if c.tag != "equal":
            ref = " ".join(t.text for t in diff.ref_tokens[c.ref_start : c.ref_end])
            ver = " ".join(t.text for t in diff.ver_tokens[c.ver_start : c.ver_end])
            out.append((c.tag, ref, ver))
    return out


def _assert_covers(diff: WordDiff) -> None:
    ref_pos = ver_pos = 0
    for c in diff.chunks:
        assert (c.ref_start, c.ver_start) == (ref_pos, ver_pos)
        assert c.ref_end >= c.ref_start and c.ver_end >= c.ver_start
        ref_pos, ver_pos = c.ref_end, c.ver_end
    assert (ref_pos, ver_pos) == (len(diff.ref_tokens), len(diff.ver_tokens))


def test_tokens_keep_offsets_into_the_original_string() -> None:
    text = "\u201cWe lost 45\u202f100 men \u2014 don\u2019t forget [\u2026] it.\u201d"
    tokens = tokenize(text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
    assert [t.text for t in tokens][1:5] == ["We", "lost", "45\u202f100", "men"]
    assert "don\u2019t" in [t.text for t in tokens]
    assert "[\u2026]" in [t.text for t in tokens]


def test_changed_word_is_one_replace_chunk() -> None:
    diff = word_diff("We will not be kind to the mayor.", "We will not be nice to the mayor.")
    assert _changes(diff) == [("replace", "kind", "nice")]
    assert diff.changed
    _assert_covers(diff)


def test_insert_and_delete_chunks() -> None:
    diff = word_diff("We will rebuild the bridge", "We will rebuild the old bridge quickly")
    assert _changes(diff) == [("insert", "", "old"), ("insert", "", "quickly")]
    diff = word_diff("We will rebuild the old bridge", "We will rebuild the bridge")
    assert _changes(diff) == [("delete", "old", "")]


def test_typography_and_case_are_ignored_by_default() -> None:
    diff = word_diff(
        "\u201cWe lost 45,100 soldiers \u2014 don\u2019t forget,\u201d",
        '"we lost 45 100 soldiers - don\'t forget."',
    )
    assert not diff.changed
    _assert_covers(diff)


def test_with_every_switch_off_every_difference_shows() -> None:
    diff = word_diff(
        "We lost 45,100 soldiers, don\u2019t forget.",
        "we lost 45 100 soldiers; don't forget!",
        ignore_case=False,
        ignore_punctuation=False,
        ignore_typography=False,
    )
    assert _changes(diff) == [
        ("replace", "We", "we"),
        ("replace", "45,100", "45 100"),
        ("replace", ", don\u2019t", "; don't"),
        ("replace", ".", "!"),
    ]


def test_punctuation_switch() -> None:
    ref, ver = "Stop, now.", "Stop now!"
    assert not word_diff(ref, ver).changed
    assert word_diff(ref, ver, ignore_punctuation=False).changed


def test_case_switch() -> None:
    assert not word_diff("The Bridge", "the bridge").changed
    assert word_diff("The Bridge", "the bridge", ignore_case=False).changed


def test_empty_version_is_one_delete() -> None:
    diff = word_diff("Close the depot.", "")
    assert [c.tag for c in diff.chunks] == ["delete"]
    _assert_covers(diff)


def test_hyphenation_is_typography() -> None:
    assert not word_diff("the e-mails came", "the emails came").changed
    assert word_diff("the e-mails came", "the emails came", ignore_typography=False).changed


def test_percent_house_styles_are_one_word_unless_typography_counts() -> None:
    for version in ("Inflation is 3.9 per cent now.", "Inflation is 3.9 percent now."):
        diff = word_diff("Inflation is 3.9% now.", version)
        assert not diff.changed
        _assert_covers(diff)
    changed = word_diff("Inflation is 3.9% now.", "Inflation is 4.1 per cent now.")
    assert _changes(changed) == [("replace", "3.9", "4.1")]
    shown = word_diff(
        "Inflation is 3.9% now.", "Inflation is 3.9 per cent now.", ignore_typography=False
    )
    assert _changes(shown) == [("insert", "", "per cent")]


def test_clock_house_styles_are_one_word_unless_typography_counts() -> None:
    for version in ("The ferry left at 6.02 a.m. sharp.", "The ferry left at 6:02 AM sharp."):
        diff = word_diff("The ferry left at 6:02am sharp.", version)
        assert not diff.changed
        _assert_covers(diff)
    changed = word_diff("The ferry left at 6:02am sharp.", "The ferry left at 7.15 a.m. sharp.")
    assert [tag for tag, _, _ in _changes(changed)] == ["replace"]
    shown = word_diff(
        "The ferry left at 6:02am sharp.",
        "The ferry left at 6.02 a.m. sharp.",
        ignore_typography=False,
    )
    assert shown.changed


def test_british_and_american_spelling_differ_only_when_typography_counts() -> None:
    reference = "We will not let the harbour be privatised"
    version = "We will not let the harbor be privatized"
    assert [c.tag for c in word_diff(reference, version).chunks] == ["equal"]
    shown = word_diff(reference, version, ignore_typography=False)
    assert [c.tag for c in shown.chunks].count("replace") == 2
