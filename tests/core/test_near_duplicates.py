"""Near-duplicate screening keys: copies share one, different stories do not, keys are stable."""

from __future__ import annotations

import subprocess
import sys

from desktop.core.near_duplicates import band_keys, closest_copy, sharing_keys

_WIRE = (
    "The harbour authority of Velmora said on Tuesday that the eastern breakwater will "
    "close for six weeks while divers replace the storm gates. Ferry crews were told to "
    "use the western channel from Monday, and the authority expects delays of twenty "
    "minutes at the morning peak. Harbourmaster Ines Corvath said the gates had failed "
    "twice during the winter storms and could not wait for another season. Fishing "
    "cooperatives asked for a temporary berth near the old salt quay, which the city "
    "council will discuss at its meeting on Thursday evening. The work is paid for by the "
    "regional resilience fund, which set aside four million crowns for coastal repairs. "
    "Residents of the Lindqvist quarter were warned about night work and floodlights."
)


def _syndicated_copy() -> str:
    """The same wire story as another outlet runs it: new first line, a sentence cut."""
    text = "VELMORA (Coastal Wire) - " + _WIRE.replace(
        " Residents of the Lindqvist quarter were warned about night work and floodlights.",
        "",
    ).replace("Tuesday", "Tuesday morning")
    return text


_OTHER_STORY = (
    "The harbour of Velmora will host the regional rowing final on Saturday, the city's "
    "sports office said, and spectators are asked to arrive by tram because the quay car "
    "park will be closed. Organisers expect four thousand visitors and twelve crews from "
    "the coastal towns, including last year's winners from Brask. The harbour authority "
    "said ferries will run as usual, although the western channel may be busy during the "
    "afternoon heats. Food stalls will open along the old salt quay from ten o'clock."
)


def test_a_syndicated_copy_shares_a_screening_key_and_is_found() -> None:
    copy = _syndicated_copy()

    assert set(band_keys(_WIRE)) & set(band_keys(copy))
    assert closest_copy(copy, {7: _WIRE, 8: _OTHER_STORY}) == 7


def test_a_different_story_on_the_same_subject_is_screened_out() -> None:
    keys = band_keys(_OTHER_STORY)

    assert sharing_keys(keys, {"wire": band_keys(_WIRE)}) == []
    # Compared in full anyway, it is still not a copy.
    assert closest_copy(_OTHER_STORY, {"wire": _WIRE}) is None


def test_too_short_a_text_gets_no_keys() -> None:
    assert band_keys("") == ()
    assert band_keys("Two words") == ()


def test_keys_are_the_same_in_another_process() -> None:
    # Keys are stored in the database: a per-process salted hash would break every lookup.
    code = (
        "from desktop.core.near_duplicates import band_keys; import sys; "
        "print(list(band_keys(sys.stdin.read())))"
    )
    output = subprocess.run(
        [sys.executable, "-c", code], input=_WIRE, capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == str(list(band_keys(_WIRE)))
    assert all(0 <= key < 2**63 for key in band_keys(_WIRE))  # a signed BIGINT holds them
