from pathlib import Path

from typer.testing import CliRunner

from tqa.cli import app
from tqa.glossary.files import load_glossaries
from tqa.glossary.lint import lint_glossaries

BAD = """entries:
  - id: tartus
    type: place
    en: Tartus
    ar: [طرطوس]
    forbidden: [Tartous]
  - id: tartus
    type: place
    en: Tartous city
    ar: [طَرطوس]
  - id: hama
    type: place
    en: Hama
    variants: [Latakia, Hamah]
    forbidden: [Hamah]
  - id: latakia
    type: place
    en: Latakia
    ar: [اللاذقية]
"""


def test_lint_names_each_problem_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text(BAD, encoding="utf-8")
    problems = [str(p) for p in lint_glossaries([path])]
    assert (
        f"{path}:7: duplicate id 'tartus' (first at {path}:2) "
        "(merge the two entries, or give this one another id: only the later one is used)"
    ) in problems
    assert any("tartus: Arabic form" in p for p in problems) is False  # one id: the later entry replaced the first
    assert any(p.startswith(f"{path}:11: hama: no Arabic form") for p in problems)
    assert any(p.startswith(f"{path}:11: hama: variant 'Latakia' is the house form of latakia ({path}:16) (") for p in problems)
    assert any("hama: 'Hamah' is listed both as variants and forbidden" in p for p in problems)


def test_lint_names_a_spreadsheet_column_tqa_does_not_read(tmp_path: Path) -> None:
    path = tmp_path / "desk.csv"
    path.write_text("id,en,arabic,type\nsaleh,Raed al-Saleh,رائد الصالح,person\n", encoding="utf-8")
    problems = [str(p) for p in lint_glossaries([path])]
    assert problems[0].startswith(f"{path}:1: column 'arabic' is not read; tqa reads id, type, en, ar")


def test_lint_names_a_desk_file_that_accepts_a_house_forbidden_spelling(tmp_path: Path) -> None:
    house, desk = tmp_path / "house.yaml", tmp_path / "desk.csv"
    house.write_text(
        "entries:\n  - id: idlib\n    type: place\n    en: Idlib\n    ar: [إدلب]\n    forbidden: [Idleb]\n", encoding="utf-8"
    )
    desk.write_text("id,type,en,ar,variants\nidlib,place,Idlib,إدلب,Idleb\n", encoding="utf-8")
    assert [p.message for p in lint_glossaries([house, desk])] == [f"idlib: 'Idleb' is forbidden at {house}:2 but accepted here"]
    assert lint_glossaries([desk, house]) == []  # the house file, read last, forbids it again: nothing weakened


def test_lint_clean_glossary_and_cli_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(
        "entries:\n  - id: hama\n    type: place\n    en: Hama\n    ar: [حماة]\n    variants: [Hamah]\n", encoding="utf-8"
    )
    runner = CliRunner()
    assert runner.invoke(app, ["glossary", "lint", str(good)]).exit_code == 0
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD, encoding="utf-8")
    result = runner.invoke(app, ["glossary", "lint", str(bad)])
    assert result.exit_code == 1
    assert "duplicate id" in result.output


def test_tbx_term_base(tmp_path: Path) -> None:
    tbx = tmp_path / "terms.tbx"
    tbx.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en"><text><body>
 <termEntry id="hmeimim">
  <descrip type="definition">Russian air base near Latakia</descrip>
  <langSet xml:lang="en">
   <tig><term>Hmeimim</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
   <tig><term>Hmeymim</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
   <tig><term>Khmeimim</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="ar"><tig><term>حميميم</term></tig></langSet>
 </termEntry>
</body></text></martif>""",
        encoding="utf-8",
    )
    entry = load_glossaries([tbx]).entries[0]
    assert (entry.id, entry.en, entry.variants, entry.forbidden, entry.ar) == (
        "hmeimim",
        "Hmeimim",
        ("Hmeymim",),
        ("Khmeimim",),
        ("حميميم",),
    )
    assert entry.note == "Russian air base near Latakia"


def test_tbx_with_entity_expansion_is_refused(tmp_path: Path) -> None:
    import pytest

    from tqa.errors import GlossaryError

    tbx = tmp_path / "bomb.tbx"
    tbx.write_text('<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaa">]><martif>&a;</martif>', encoding="utf-8")
    with pytest.raises(GlossaryError, match="unsafe XML"):
        load_glossaries([tbx])


# Three invalid entries and a valid one with a lint problem: one run names all four.
INVALID = """entries:
  - id: homs
    type: city
    en: Homs
    ar: [حمص]
  - id: hama
    ar: [حماة]
  - id: idlib
    type: place
    en: Idlib
    arabic: [إدلب]
  - id: raqqa
    type: place
    en: Raqqa
"""


def test_lint_names_every_invalid_entry_in_one_run(tmp_path: Path) -> None:
    path = tmp_path / "desk.yaml"
    path.write_text(INVALID, encoding="utf-8")
    problems = lint_glossaries([path])
    assert [(p.where, p.fatal) for p in problems] == [
        (f"{path}:2", True),
        (f"{path}:6", True),
        (f"{path}:8", True),
        (f"{path}:12", False),
    ]
    assert str(problems[0]) == f"{path}:2: unknown type 'city' (use one of person, place, organisation, term)"
    assert str(problems[1]) == f"{path}:6: entry has no English form 'en' (add the preferred English spelling)"
    assert all(str(p).endswith(")") for p in problems)  # each line says how to fix it


def test_lint_reads_on_past_a_bad_row_of_a_spreadsheet_and_a_tbx_concept(tmp_path: Path) -> None:
    table = tmp_path / "desk.csv"
    table.write_text("id,type,en,ar\na,town,Homs,حمص\nb,place,,حماة\nc,place,Idlib,إدلب\n", encoding="utf-8")
    assert [(p.where, p.fatal) for p in lint_glossaries([table])] == [(f"{table}:2", True), (f"{table}:3", True)]


def test_lint_exits_2_when_check_would_refuse_the_glossary(tmp_path: Path) -> None:
    """Every problem on standard output, and the refusal's one line on standard error."""
    import subprocess
    import sys

    path = tmp_path / "desk.yaml"
    path.write_text(INVALID, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "glossary", "lint", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert len(result.stdout.splitlines()) == 4
    assert result.stderr.splitlines() == [
        "tqa: error: 4 problem(s) in 1 file(s), 3 of them fatal: tqa check refuses the glossary until they are fixed"
    ]


def test_lint_a_folder_lints_its_glossary_files_and_an_empty_one_is_named(tmp_path: Path) -> None:
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "a.yaml").write_text("entries:\n  - {id: hama, type: place, en: Hama, ar: [حماة]}\n", encoding="utf-8")
    (desk / "b.yaml").write_text("entries: []\n", encoding="utf-8")
    (desk / "notes.txt").write_text("not a glossary\n", encoding="utf-8")
    problems = lint_glossaries([desk])
    assert [(p.where, p.message, p.fatal) for p in problems] == [(f"{desk / 'b.yaml'}:1", "has no entries", False)]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert [p.fatal for p in lint_glossaries([empty])] == [True]


def test_a_pipe_as_glossary_is_no_regular_file(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "desk.yaml"
    os.mkfifo(fifo)
    problems = lint_glossaries([fifo])
    assert [p.message for p in problems] == ["is not a regular file (a pipe, device or socket)"]


def test_an_unclosed_bracket_names_the_line_it_was_opened_on(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("name: d\nentries:\n  - id: a\n    type: place\n    ar: [عمان\n    en: Amman\n", encoding="utf-8")
    [problem] = lint_glossaries([path])
    assert problem.fatal and "begun on line 5" in problem.message


def test_an_article_given_as_glossary_is_named_as_such(tmp_path: Path) -> None:
    article = tmp_path / "story.ar.md"
    article.write_text("# عنوان\n\nقال الوزير: نعم.\n", encoding="utf-8")
    [problem] = lint_glossaries([article])
    assert problem.fatal and problem.message == "is an article (.md), not a glossary"


def test_check_and_batch_say_which_column_they_do_not_read(tmp_path: Path) -> None:
    """A misnamed column ('arabic' for 'ar') leaves every entry without its Arabic forms, and
    the report then contradicts itself (M805 cites the entry, N105 says the name is missing):
    `tqa check` and `tqa batch` say so on stderr, as `tqa glossary lint` does (new-user review)."""
    from tests.test_cli import AR, EN, tqa, write

    arabic, english = write(tmp_path / "a.ar.md", AR), write(tmp_path / "a.en.md", EN)
    wrong = write(tmp_path / "desk.csv", "id,type,en,arabic\nsharaa,person,Ahmed al-Sharaa,أحمد الشرع\n")
    right = write(tmp_path / "good.csv", "id,type,en,ar\nsharaa,person,Ahmed al-Sharaa,أحمد الشرع\n")
    checked = tqa("check", str(arabic), str(english), "-g", str(wrong), "-q")
    assert checked.returncode in (0, 1), checked.stderr
    assert checked.stderr.splitlines() == [
        f"tqa: note: {wrong}:1: column 'arabic' is not read (tqa reads id, type, en, ar, variants, forbidden, short, note, region); rename or delete it"
    ]
    assert tqa("check", str(arabic), str(english), "-g", str(right), "-q").stderr == ""
    batch = tqa("batch", str(tmp_path), "-g", str(wrong), "--out", str(tmp_path / "out"), "--workers", "1", "-q")
    assert f"{wrong}:1: column 'arabic' is not read" in batch.stderr


def test_lint_names_every_problem_of_one_entry(tmp_path: Path) -> None:
    """new-user review 12: an unknown field hid a misspelt type and a list given as the note."""
    path = tmp_path / "desk.yaml"
    path.write_text(
        "entries:\n  - id: homs\n    type: plase\n    en: Homs\n    ar: [حمص]\n    colour: red\n    note: [a, b]\n"
        "  - id: hama\n    type: place\n    en: Hama\n    ar: [حماة]\n",
        encoding="utf-8",
    )
    problems = [str(p) for p in lint_glossaries([path])]
    assert problems == [
        f"{path}:2: unknown field(s) colour (see README, 'Glossary format')",
        f"{path}:2: 'note' must be a text, not <a list of 2 item(s)> (write note: followed by text)",
        f"{path}:2: unknown type 'plase' (use one of person, place, organisation, term)",
    ]


def test_check_names_every_problem_of_an_entry_each_on_its_own_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "desk.yaml"
    path.write_text("entries:\n  - id: homs\n    type: plase\n    ar: [حمص]\n    colour: red\n", encoding="utf-8")
    article = tmp_path / "a.en.txt"
    article.write_text("The governor of Homs said the road would reopen on Monday.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "tqa", "check", str(article), "-g", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert [line.split(": ", 3)[3].split(" (")[0] for line in lines] == [
        "unknown field(s) colour",
        "entry has no English form 'en'",
        "unknown type 'plase'",
    ], lines
    assert all(line.startswith(f"tqa: error: {path}:2: ") for line in lines)
