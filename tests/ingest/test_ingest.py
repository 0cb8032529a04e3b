from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KGError
from kg.ingest.decode import html_to_text
from kg.ingest.readers import document_from_text, ingest, parse_metadata
from kg.text.slug import slugify
from kg.types import PartialDate


@pytest.mark.parametrize(
    ("text", "date", "body"),
    [
        (" date 2020-06 Le groupe IBM a déclaré", PartialDate(2020, 6), "Le groupe IBM a déclaré"),
        ("date: 2020-06-09\nIBM a déclaré", PartialDate(2020, 6, 9), "IBM a déclaré"),
        ("date 2019 Texte", PartialDate(2019), "Texte"),
        ("Date: 2021-01-02\ntitle: Un titre\n\nCorps", PartialDate(2021, 1, 2), "\nCorps"),
        ("---\ndate: 2022-03\nlang: fr\n---\nCorps", PartialDate(2022, 3), "Corps"),
        ("Le date du jour est 2020", None, "Le date du jour est 2020"),
        ("Sans métadonnées.", None, "Sans métadonnées."),
        ("date 2020-06-09T10:00 texte", PartialDate(2020, 6, 9), "texte"),
        ("date 2020-06-091 texte", None, "date 2020-06-091 texte"),
    ],
)
def test_metadata_prefix(text: str, date: PartialDate | None, body: str) -> None:
    meta = parse_metadata(text)
    assert meta.date == date
    assert text[meta.body_start :] == body


def test_metadata_header_fields() -> None:
    meta = parse_metadata("title: Hello\nurl: https://example.org/a\nlang: EN\n\nBody")
    assert (meta.title, meta.url, meta.lang) == ("Hello", "https://example.org/a", "en")


def test_bad_metadata_date_is_coded() -> None:
    with pytest.raises(KGError) as info:
        parse_metadata("date: 2020-13-01\nBody", path="a.txt")
    assert info.value.code == "E008" and "a.txt:1" in str(info.value)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<html><head><title>T</title><style>p{}</style></head><body><p>Un &amp; deux</p><p>trois</p></body></html>", "Un & deux\n\ntrois"),
        ("<div>a<br>b</div><script>alert(1)</script>", "a\n\nb"),
        ("<p>l&rsquo;IBM</p>", "l’IBM"),
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html)[0] == expected


def test_ingest_folder_formats_and_stable_ids(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(" date 2020-06 Bonjour le monde.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("date: 2020-06-09\nHello world.", encoding="utf-8")
    (tmp_path / "c.html").write_text("<title>Titre</title><p>Texte HTML.</p>", encoding="utf-8")
    (tmp_path / "README.md").write_text("about the corpus", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "X 1", "text": "Un texte.", "date": "2020-06-08", "lang": "fr", "url": "https://e.org", "title": "t"})
        + "\n\n"
        + json.dumps({"text": "Deux."})
        + "\n",
        encoding="utf-8",
    )
    first = ingest([tmp_path])
    second = ingest([tmp_path])
    assert not first.errors
    assert [d.id for d in first.documents] == [d.id for d in second.documents]
    by_id = {d.id: d for d in first.documents}
    assert set(by_id) == {"a", "b", "c", "x-1", "d-l3"}
    assert by_id["a"].date == PartialDate(2020, 6)
    assert by_id["b"].date == PartialDate(2020, 6, 9)
    assert by_id["c"].title == "Titre" and by_id["c"].text == "Texte HTML."
    assert by_id["x-1"].url == "https://e.org" and by_id["x-1"].date == PartialDate(2020, 6, 8)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", b"", "E004"),
        ("prefix-only.txt", b" date 2020-06 ", "E004"),
        ("binary.txt", b"\x00\x01\x02abc", "E009"),
        ("latin1.txt", "caf\xe9".encode("latin-1"), "E005"),
        ("bad.jsonl", b'{"text": "ok"}\n{not json}\n', "E006"),
        ("notext.jsonl", b'{"id": "a"}\n', "E007"),
        ("list.jsonl", b"[1, 2]\n", "E011"),
        ("baddate.jsonl", b'{"text": "ok", "date": "June"}\n', "E008"),
    ],
)
def test_bad_inputs_are_coded_and_isolated(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    (tmp_path / "good.txt").write_text("Un bon document.", encoding="utf-8")
    (tmp_path / name).write_bytes(content)
    result = ingest([tmp_path])
    assert code in [e.code for e in result.errors]
    assert any(d.id == "good" for d in result.documents)
    error = next(e for e in result.errors if e.code == code)
    assert name in str(error)


def test_jsonl_error_names_line(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text('{"text": "a"}\n{oops\n', encoding="utf-8")
    result = ingest([path])
    assert len(result.documents) == 1
    assert str(result.errors[0]).startswith(f"[E006] {path}:2:")


def test_bom_and_crlf(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes("\ufeffdate: 2020-06-09\r\nTexte.\r\n".encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes("Texte UTF-16.".encode("utf-16"))
    docs = {d.id: d for d in ingest([tmp_path]).documents}
    assert docs["bom"].date == PartialDate(2020, 6, 9)
    assert docs["bom"].text[docs["bom"].body_start :].startswith("Texte.")
    assert docs["u16"].text == "Texte UTF-16."


def test_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("x" * 101, encoding="utf-8")
    result = ingest([tmp_path], max_chars=100)
    assert [e.code for e in result.errors] == ["E010"]


@pytest.mark.parametrize(
    ("name", "code", "said"),
    [
        ("huge.txt", "E010", "at least 16777216 characters long, over the limit of 1000"),
        ("huge.md", "E010", "at least 16777216 characters long, over the limit of 1000"),
        # The page's message names the user's --max-chars, not the markup limit derived from it.
        ("huge.html", "E020", "67,108,864 bytes long, over the limit of 16,000 bytes (16 × --max-chars 1,000)"),
    ],
)
def test_huge_file_is_refused_unread(tmp_path: Path, name: str, code: str, said: str) -> None:
    """A file more than 4 bytes per allowed character (16 for markup) is refused from its size: a
    sparse file of NUL bytes would otherwise be read whole and called binary (E009)."""
    with open(tmp_path / name, "wb") as handle:
        handle.truncate(1 << 26)
    result = ingest([tmp_path], max_chars=1000)
    assert [e.code for e in result.errors] == [code]
    assert said in str(result.errors[0]), str(result.errors[0])


def test_a_link_out_of_the_input_folder_is_not_read(tmp_path: Path) -> None:
    """A folder may hold links to the user's own files (an unpacked archive): they are refused by
    name (E021), and the files and links inside the folder are still read."""
    secret = tmp_path / "private.txt"
    secret.write_text("Le code secret est 1234.", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("Le maire de Lyon a démissionné.", encoding="utf-8")
    (folder / "stolen.txt").symlink_to(secret)
    (folder / "again.txt").symlink_to(folder / "a.txt")  # a link inside the folder is read
    result = ingest([folder])
    assert sorted(d.id for d in result.documents) == ["a", "again"]
    assert [e.code for e in result.errors] == ["E021"]
    assert str(result.errors[0]).startswith(f"[E021] {folder / 'stolen.txt'}: Not read: a link to {secret.resolve()}")
    assert all("secret" not in d.text for d in result.documents)
    assert [d.id for d in ingest([folder / "stolen.txt"]).documents] == ["stolen"]  # named by the user: read


def test_overlong_jsonl_line_is_refused_unread(tmp_path: Path) -> None:
    from kg.ingest.readers import iter_jsonl

    path = tmp_path / "feed.jsonl"
    # Unterminated JSON: read whole, it would be a malformed line (E006), not one too long.
    path.write_text('{"text": "' + "x" * 6000 + '"\n{"text": "Rain fell on Oslo."}\n', encoding="utf-8")
    items = list(iter_jsonl(path, display="feed.jsonl", max_chars=100))
    assert [getattr(i, "code", None) for i in items] == ["E010", None]
    assert str(items[0]).startswith("[E010] feed.jsonl:1:") and items[1].text == "Rain fell on Oslo."


@pytest.mark.parametrize(
    ("paths", "code"),
    [(["/nonexistent/path"], "E001"), (["EMPTY_DIR"], "E002"), (["file.pdf"], "E003")],
)
def test_bad_paths(tmp_path: Path, paths: list[str], code: str) -> None:
    (tmp_path / "EMPTY_DIR").mkdir()
    (tmp_path / "file.pdf").write_bytes(b"%PDF")
    resolved = [p if p.startswith("/") else str(tmp_path / p) for p in paths]
    assert [e.code for e in ingest(resolved).errors] == [code]


def test_document_from_text_is_deterministic() -> None:
    a = document_from_text(" date 2020-06 Texte.")
    b = document_from_text(" date 2020-06 Texte.")
    assert a.id == b.id and a.date == PartialDate(2020, 6) and a.text[a.body_start :] == "Texte."


@pytest.mark.parametrize(("value", "slug"), [("Hello World", "hello-world"), ("Été 2020!", "ete-2020"), ("___", "___")])
def test_slugify(value: str, slug: str) -> None:
    assert slugify(value) == slug


def test_same_file_twice_is_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Un texte.", encoding="utf-8")
    result = ingest([path, path])
    assert len(result.documents) == 1 and [e.code for e in result.errors] == ["E012"]


def test_same_name_in_two_folders_gets_distinct_stable_ids(tmp_path: Path) -> None:
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "a.txt").write_text(f"Texte {sub}.", encoding="utf-8")
    ids = [d.id for d in ingest([tmp_path]).documents]
    assert ids[0] == "a" and ids[1].startswith("a-") and ids == [d.id for d in ingest([tmp_path]).documents]


# --- portable provenance (kg:sourcePath) --------------------------------------------------------


def _corpus(root: Path) -> Path:
    folder = root / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("Le texte A.", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("Le texte B.", encoding="utf-8")
    (folder / "c.jsonl").write_text('{"id": "c1", "text": "Le texte C."}\n', encoding="utf-8")
    return folder


def test_sources_are_relative_to_the_input_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _corpus(tmp_path / "machine-one")
    moved = _corpus(tmp_path / "elsewhere" / "machine-two")
    expected = ["news/a.txt", "news/c.jsonl:1", "news/sub/b.txt"]
    absolute = sorted(d.source for d in ingest([folder]).documents)
    assert absolute == expected and not any(str(tmp_path) in s for s in absolute)
    assert sorted(d.source for d in ingest([moved]).documents) == expected
    monkeypatch.chdir(folder.parent)
    assert sorted(d.source for d in ingest([Path("news")]).documents) == expected
    assert sorted(d.source for d in ingest([Path("./news/")]).documents) == expected
    monkeypatch.chdir(folder)
    assert sorted(d.source for d in ingest([Path(".")]).documents) == expected  # the folder's own name
    # A file given itself is its name; errors still name it as given.
    assert [d.source for d in ingest([folder / "c.jsonl"]).documents] == ["c.jsonl:1"]
    (folder / "bad.jsonl").write_text("{oops\n", encoding="utf-8")
    assert str(ingest([folder / "bad.jsonl"]).errors[0]).startswith(f"[E006] {folder / 'bad.jsonl'}:1:")


def test_two_inputs_with_the_same_relative_names_are_not_duplicates(tmp_path: Path) -> None:
    one, two = _corpus(tmp_path / "one"), _corpus(tmp_path / "two")
    result = ingest([one, two])
    assert not [e for e in result.errors if e.code == "E012"]
    assert len(result.documents) == 6
    # Their ids collide: the second of each gets a suffix from its (portable) source.
    assert len({d.id for d in result.documents}) == 6
