import pytest

from tqa.align.evaluation import evaluate_beads, format_beads, parse_beads
from tqa.errors import InputError
from tqa.model import Bead


def test_parse_and_format_round_trip() -> None:
    text = "[0]:[0, 1]:0.9000\n[1, 2]:[2]:0.5000\n[3]:[]:1.0000\n[]:[3]:1.0000\n"
    beads = parse_beads(text)
    assert beads[0] == Bead((0,), (0, 1), 0.9)
    assert beads[2] == Bead((3,), (), 1.0)
    assert format_beads(beads) == text


def test_bad_bead_line_names_the_line() -> None:
    with pytest.raises(InputError, match=r"gold.txt:2: not a bead line"):
        parse_beads("[0]:[0]\n0-0\n", "gold.txt")


def test_scores_match_hand_computed_figures() -> None:
    gold = parse_beads("[0]:[0]\n[1]:[1, 2]\n[2]:[]\n[3]:[3]\n")
    predicted = parse_beads("[0]:[0]\n[1]:[1]\n[]:[2]\n[2]:[]\n[3]:[3]\n")
    scores = evaluate_beads(predicted, gold)
    # strict: exact beads [0]:[0], [2]:[], [3]:[3] -> 3 of 5 predicted, 3 of 4 gold.
    assert scores.strict_precision == pytest.approx(3 / 5)
    assert scores.strict_recall == pytest.approx(3 / 4)
    assert scores.strict_f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)
    # lax over non-null beads: predicted [0]:[0], [1]:[1], [3]:[3] all overlap gold; gold 3 non-null all hit.
    assert (scores.lax_precision, scores.lax_recall, scores.lax_f1) == (1.0, 1.0, 1.0)
