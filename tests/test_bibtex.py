"""BibTeX import (`--import-bibtex`): the parser, TeX to text, names, URLs, venues, duplicates, and the CLI on
realistic exports from arXiv, Google Scholar and Zotero (BibLaTeX) in tests/fixtures/."""
from __future__ import annotations

import ast
import subprocess
import sys

import pytest
from conftest import ROOT, tiny_spec

import gen_landscape as G
import landscape_bibtex as L
import my_papers

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.mark.parametrize("tex, text", [
    (r"J{\"u}rgen", "Jürgen"), (r"J\"{u}rgen", "Jürgen"), (r"J\"urgen", "Jürgen"),
    (r"Herv\'{e} J{\'e}gou", "Hervé Jégou"),
    (r"Fran{\c c}ois", "François"), (r"Fran\c{c}ois", "François"), (r"{\v{S}}koda", "Škoda"), (r"Erd\H{o}s", "Erdős"),
    (r"Ang\'{\i}lica", "Angílica"), (r"{\o}stergaard", "østergaard"), (r"Stra{\ss}e", "Straße"),
    (r"\L{}ukasz", "Łukasz"),
    (r"{{World Models}}: {Dreamer}", "World Models: Dreamer"), (r"A \& B, 50\% off", "A & B, 50% off"),
    (r"pages 1--2 --- and \emph{more}", "pages 1–2 — and more"), (r"``quoted''", "“quoted”"),
    (r"$\pi_0$: a flow model", "π_0: a flow model"), ("Line\n   breaks   collapse", "Line breaks collapse"),
    (r"\textbf{Bold} and \textit{it}~ok", "Bold and it ok"), (r"\url{https://x.org/a_b}", "https://x.org/a_b"),
])
def test_tex_to_text(tex, text):
    assert L.tex_to_text(tex) == text


@pytest.mark.parametrize("raw, name", [
    ("Ha, David", "David Ha"), ("David Ha", "David Ha"), (r"van den Oord, A{\"a}ron", "Aäron van den Oord"),
    ("King, Jr., Martin", "Martin King Jr."), ("{OpenAI}", "OpenAI"), ("{Google DeepMind}", "Google DeepMind"),
    ("{Smith, Jones and Co}", "Smith, Jones and Co"),
])
def test_person_names_become_first_last(raw, name):
    assert L.person(raw) == name


def test_author_lists_and_others():
    eight = " and ".join(f"Last{i}, First{i}" for i in range(8))
    assert L.authors(eight) == [f"First{i} Last{i}" for i in range(8)]
    nine = eight + " and Last8, First8"
    assert L.authors(nine) == [f"First{i} Last{i}" for i in range(8)] + ["et al."]
    assert L.authors("Doe, Jane and others") == ["Jane Doe", "et al."]
    assert L.authors("{Barnes and Noble} and Roe, R.") == ["Barnes and Noble", "R. Roe"]


@pytest.mark.parametrize("fields, ident", [
    ({"eprint": "2301.04104", "archiveprefix": "arXiv"}, "2301.04104"),
    ({"eprint": "2301.04104v2", "eprinttype": "arxiv"}, "2301.04104"),
    ({"journal": "arXiv preprint arXiv:2301.04104"}, "2301.04104"),
    ({"url": "http://arxiv.org/pdf/1803.10122v4"}, "1803.10122"),
    ({"doi": "10.48550/arXiv.2209.00588"}, "2209.00588"),
    ({"eprint": "cs/0112017", "archiveprefix": "arXiv"}, "cs/0112017"),
    ({"eprint": "12345", "eprinttype": "pubmed"}, ""),
    ({"doi": "10.1000/xyz"}, ""),
])
def test_arxiv_ids(fields, ident):
    assert L.arxiv_id(fields) == ident


def test_urls_prefer_arxiv_then_doi_then_url():
    def url(**fields):
        entry = L.BibEntry("misc", "k", dict(title="T", author="A, B", year="2020", **fields), 1)
        return L.record(entry)[0]["url"]
    assert url(eprint="2104.14294", doi="10.1109/ICCV48922.2021.00951") == "https://arxiv.org/abs/2104.14294"
    assert url(doi="https://doi.org/10.1016/j.neunet.2014.09.003") == "https://doi.org/10.1016/j.neunet.2014.09.003"
    assert url(doi="doi:10.1000/ABC") == "https://doi.org/10.1000/ABC"
    assert url(url="https://example.org/p") == "https://example.org/p"
    assert url() == ""


@pytest.mark.parametrize("fields, venue", [
    ({"booktitle": "Advances in Neural Information Processing Systems"}, "NeurIPS 2020"),
    ({"booktitle": "Proceedings of the 37th International Conference on Machine Learning"}, "ICML 2020"),
    ({"journal": "nature"}, "Nature 2020"),
    ({"journaltitle": "Transactions on Machine Learning Research"}, "TMLR 2020"),
    ({"booktitle": "CoRL 2020"}, "CoRL 2020"),
    ({"journal": "CoRR"}, "arXiv 2020"),
    ({"publisher": "OpenAI"}, "OpenAI 2020"),
    ({}, "Preprint 2020"),
])
def test_venue_short_name_with_year(fields, venue):
    assert L.venue(fields, 2020, False) == venue


def test_parser_handles_strings_concatenation_comments_preamble_and_parentheses():
    text = """
    Free text between entries is a comment; so is a stray mail@example.org.
    @preamble{ "\\newcommand{\\noopsort}[1]{}" }
    @comment{ @article{ignored, title={not an entry}} }
    @STRING{ conf = "Conference on " }
    @string(rl = {Reinforcement Learning})
    @InProceedings( k1 , Title = "Quoted {\\"u} " # conf # rl, AUTHOR = {A, B}, year = 2021, month = mar )
    """
    entries, problems = L.parse(text)
    assert problems == []
    assert [(e.type, e.key) for e in entries] == [("inproceedings", "k1")]
    assert entries[0].fields["title"] == 'Quoted {\\"u} Conference on Reinforcement Learning'
    assert entries[0].fields["month"] == "3"
    assert entries[0].line == 7


def test_malformed_entries_are_named_with_key_and_line_and_the_rest_convert():
    records, skipped, problems = L.convert((FIXTURES / "malformed.bib").read_text())
    assert [r["key"] for r in records] == ["good1", "good2"]
    assert [str(p) for p in problems] == [
        "line 5: entry 'missingcomma': is missing a ',' after field 'title'",
        "line 10: entry 'unbalanced': has an unbalanced '{' in field 'title' (its value runs into the next fields)",
        "line 15: entry '?': has no citation key",
        "line 20: entry 'noyear': has no year",
    ]
    assert records[1] == dict(key="good2", title="Quoted and concatenated", authors=["Zoe Zed", "et al."], year=2024,
                              venue="Preprint 2024", url="https://example.org/zed")


def test_a_brace_left_open_at_the_end_of_the_file():
    text = "@article{ok, title={Fine}, year={2020}}\n@article{open, title={Never closed, year=2020\n"
    entries, problems = L.parse(text)
    assert [e.key for e in entries] == ["ok"]
    assert [(p.key, p.line) for p in problems] == [("open", 2)] and "unbalanced" in problems[0].message


def test_undefined_macro_and_missing_equals():
    _, problems = L.parse("@misc{a, title = nosuchmacro, year = 2020}\n@misc{b, title {X}, year = 2020}\n")
    assert [(p.key, p.line) for p in problems] == [("a", 1), ("b", 2)]
    assert "undefined @string macro 'nosuchmacro'" in problems[0].message
    assert "expected '=' after field 'title'" in problems[1].message


def test_duplicates_by_arxiv_id_doi_and_title_are_skipped_and_named():
    existing = [dict(key="mine1", title="Some Paper", url="https://arxiv.org/abs/2301.04104"),
                dict(key="mine2", title="Other", url="https://doi.org/10.1000/ABC"),
                dict(key="mine3", title="Déjà Vu: {A} Study", url="https://example.org")]
    text = """@misc{x1, title={New}, author={A, B}, year=2023, eprint={2301.04104v3}, archivePrefix={arXiv}}
@article{x2, title={Renamed}, author={A, B}, year=2023, doi={10.1000/abc}}
@article{x3, title={Deja vu: a study}, author={A, B}, year=2023}
@article{x4, title={Fresh}, author={A, B}, year=2023, url={https://example.org/fresh}}
@article{x5, title={FRESH}, author={C, D}, year=2024}
@article{mine1, title={Key clash}, author={C, D}, year=2024}"""
    records, skipped, problems = L.convert(text, existing)
    assert problems == []
    assert skipped == [
        "skipped 'x1' (line 1): already in the papers as 'mine1' (same arXiv id)",
        "skipped 'x2' (line 2): already in the papers as 'mine2' (same DOI)",
        "skipped 'x3' (line 3): already in the papers as 'mine3' (same title)",
        "skipped 'x5' (line 5): already in the papers as 'x4' (same title)",     # twice in the same file
    ]
    assert [r["key"] for r in records] == ["x4", "mine1x"]                       # a clashing key is made unique


def test_real_exports_convert_to_valid_records():
    """Every printed record pastes into a papers list that the engine accepts."""
    records = []
    for name in ("arxiv", "scholar", "zotero"):
        new, skipped, problems = L.convert((FIXTURES / f"{name}.bib").read_text(), my_papers.PAPERS)
        assert problems == [] and len(skipped) == 1, (name, skipped)
        records += [r for r in new if r["url"]]
    source = "[" + "\n".join(L.format_record(r) for r in records) + "]"
    ast.parse(source)
    pasted = eval(source, {"__builtins__": {}, "dict": dict})        # noqa: S307  (our own output)
    assert pasted == records
    spec = tiny_spec()
    spec["papers"] += pasted
    G.validate(spec)
    by_key = {r["key"]: r for r in records}
    assert by_key["caron_emerging_2021"]["authors"][3] == "Hervé Jégou"
    assert by_key["caron_emerging_2021"]["venue"] == "ICCV 2021"
    assert by_key["oord_cpc_2018"] == dict(
        key="oord_cpc_2018", title="Representation Learning with Contrastive Predictive Coding — the InfoNCE bound",
        authors=["Aäron van den Oord", "Yazhe Li", "Oriol Vinyals"], year=2018, venue="NeurIPS 2018",
        url="https://arxiv.org/abs/1807.03748")
    assert by_key["driess2023palmeembodiedmultimodallanguage"]["authors"][-1] == "et al."
    assert len(by_key["vaswani2023attentionneed"]["authors"]) == 8
    assert by_key["hafner2023mastering"]["url"] == "https://arxiv.org/abs/2301.04104"
    assert by_key["schmidhuber_deep_2015"]["url"] == "https://doi.org/10.1016/j.neunet.2014.09.003"


def run_cli(*args):
    return subprocess.run([sys.executable, "gen_worldmodel.py", *args], cwd=ROOT, capture_output=True, text=True)


def test_cli_prints_records_and_names_skipped_entries():
    res = run_cli("--import-bibtex", str(FIXTURES / "scholar.bib"))
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith('    dict(key="hafner2023mastering",\n         title="Mastering diverse domains')
    assert "skipped 'ha2018recurrent' (line 27): already in the papers as 'ha2018recurrent' (same title)" in res.stderr
    assert "note: 'he2016deep' has no arXiv id, DOI or url: fill in its url" in res.stderr
    assert res.stderr.rstrip().endswith("3 converted, 1 already in the papers, 0 malformed")


def test_cli_exits_2_on_malformed_input_but_prints_the_good_entries():
    res = run_cli("--import-bibtex", str(FIXTURES / "malformed.bib"))
    assert res.returncode == 2
    assert res.stdout.count("dict(key=") == 2
    assert "error: line 15: entry '?': has no citation key" in res.stderr


def test_cli_missing_file():
    res = run_cli("--import-bibtex", str(FIXTURES / "nope.bib"))
    assert res.returncode == 2 and "cannot read" in res.stderr
