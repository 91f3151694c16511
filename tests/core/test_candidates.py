"""Library-wide candidate search: blocking finds the pairs without comparing all."""

from desktop.core.candidates import find_candidate_pairs

SENTENCE = "The harbour clinic will stay open every night until the flood season ends"
OTHER = "Our volunteers counted four hundred boats on the river before dawn"


def test_finds_versions_and_excerpts_across_articles() -> None:
    texts = {
        1: [SENTENCE, OTHER],
        2: ["the harbour clinic will stay open every night"],
        3: [SENTENCE.replace("every", "each")],
    }
    pairs = {(p.a, p.b) for p in find_candidate_pairs(texts)}
    assert ((1, 0), (2, 0)) in pairs
    assert ((1, 0), (3, 0)) in pairs
    assert not any((1, 1) in pair for pair in pairs)


def test_many_identical_copies_stay_connected_without_all_pairs() -> None:
    texts = {k: [SENTENCE] for k in range(200)}
    pairs = find_candidate_pairs(texts)
    assert len(pairs) < 1000  # not the 19,900 possible pairs
    parent = {k: k for k in texts}

    def find(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for p in pairs:
        parent[find(p.a[0])] = find(p.b[0])
    assert len({find(k) for k in texts}) == 1


def test_common_phrase_alone_does_not_make_a_candidate() -> None:
    texts = {
        k: [f"We will do what is right for the people of {town} and nothing less"]
        for k, town in enumerate(["Arnholt", "Velmar", "Kesvenor", "Tordan"])
    }
    texts[9] = ["The ferry timetable changes on Monday for the whole valley"]
    pairs = find_candidate_pairs(texts)
    assert all(9 not in (p.a[0], p.b[0]) for p in pairs)
