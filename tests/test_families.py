"""Family chapters (landscape_families): validation messages name the family and the field; the real data
has a chapter for every family; the page data carries it."""
from __future__ import annotations

import json

import pytest
from test_math import tex_problems

import gen_landscape
import gen_worldmodel as W
import landscape_families

ABOUT = "One idea unites them. Another sets them apart. A third says where to begin."


def chapter(**over) -> dict:
    ch = dict(about=ABOUT, math=r"\mathcal{L}=\frac{a}{b}", anim="dream", start="alpha",
              axes=[dict(name="what is predicted", values=[("pixels", ["alpha"]), ("latents", ["gamma"])]),
                    dict(name="how it acts", values=[("planning", ["gamma"]), ("policy", ["alpha", "gamma"])])])
    ch.update(over)
    return ch


def with_chapter(spec, **over):
    spec["families"][0] = ("A", "Family A", "#2563eb", chapter(**over))
    return spec


def problems(spec) -> list[str]:
    with pytest.raises(gen_landscape.ValidationError) as err:
        gen_landscape.validate(spec)
    return err.value.problems


def test_a_good_chapter_validates_and_reaches_the_page(spec):
    html, ls = gen_landscape.build(with_chapter(spec, anim_params=dict(horizon=15)))
    assert [c.family for c in ls.chapters] == ["A"]
    data = json.loads(html.split('id="landscape-data">')[1].split("</script>")[0])
    fam = data["families"][0]
    assert fam["start"] == "alpha" and fam["animParams"] == {"horizon": 15}
    assert fam["axes"][0] == {"name": "what is predicted", "values": [["pixels", ["alpha"]], ["latents", ["gamma"]]]}
    assert "about" not in data["families"][1]          # a plain (key, label, colour) family stays valid


@pytest.mark.parametrize("over, message", [
    (dict(about=None), "family 'A': field 'about' is missing"),
    (dict(about="Too short."), "family 'A': field 'about' has 1 sentences; write 3-5"),
    (dict(math=r"\frac{a}{b"), "family 'A': field 'math' has 1 unclosed '{'"),
    (dict(math=r"a\quadx"), "family 'A': field 'math' has '\\quadx', an undefined macro"),
    (dict(math="$x$"), "family 'A': field 'math' contains '$'"),
    (dict(math=r"\fracc{a}{b}"), "family 'A': field 'math' uses unknown TeX command(s) \\fracc"),
    (dict(anim="nope"), "family 'A': field 'anim' names unregistered animation 'nope'"),
    (dict(anim_params=dict(sims=3)),
     "family 'A': field 'anim_params' names 'sims', not a parameter of animation 'dream'"),
    (dict(anim_params=dict(horizon=99)), "family 'A': field 'anim_params' 'horizon' = 99 is outside 3..15"),
    (dict(start="beta"), "family 'A': field 'start' names 'beta', an entry of family 'B', not of this family"),
    (dict(start="zeta"), "family 'A': field 'start' names unknown entry 'zeta'"),
    (dict(start=""), "family 'A': field 'start' must be non-empty text"),
    (dict(axes=[]), "family 'A': field 'axes' must be a list of 2-4 axes"),
    (dict(axes=[dict(name="x", values=[("a", ["alpha"]), ("b", ["beta"])])] * 2),
     "family 'A': field 'axes[0].values[1]' names 'beta', an entry of family 'B'"),
    (dict(axes=[dict(name="x", values=[("a", ["alpha"])])] * 2),
     "family 'A': field 'axes[0]' needs at least two values"),
    (dict(axes=[dict(name="", values=[("a", ["alpha"]), ("b", [])])] * 2),
     "family 'A': field 'axes[0].values[1]' must be a (label, [entry ids]) pair"),
    (dict(axes=[dict(name="x", values=[], extra=1)] * 2), "family 'A': field 'axes[1]' must be dict(name=..., values="),
    (dict(colour="#fff"), "family 'A': field 'colour' is not a known field"),
])
def test_bad_chapter_fields_are_named(spec, over, message):
    ch = chapter(**over)
    if over.get("about", "") is None:
        del ch["about"]
    spec["families"][0] = ("A", "Family A", "#2563eb", ch)
    found = problems(spec)
    assert any(p.startswith(message) for p in found), found


def test_a_chapter_must_be_a_dict(spec):
    spec["families"][0] = ("A", "Family A", "#2563eb", "about text")
    assert "family 'A': field 'chapter' must be a dict (about, math, anim, start, axes)" in problems(spec)


def test_sentences_are_counted_at_full_stops():
    assert landscape_families.sentences(ABOUT) == 3
    assert landscape_families.sentences("It predicts 3.5 frames. Then it acts!") == 2


# ----------------------------------------------------------------------------- the real data

def test_every_family_teaches_a_chapter(built):
    ls = built[1]
    assert [c.family for c in ls.chapters] == [f.key for f in ls.families]
    members = {e.id: e.family for e in ls.entries}
    for ch in ls.chapters:
        examples = {i for a in ch.axes for v in a.values for i in v.examples}
        assert members[ch.start] == ch.family and all(members[i] == ch.family for i in examples)
        assert 2 <= len(ch.axes) <= 4 and 3 <= landscape_families.sentences(ch.about) <= 5


def test_every_family_equation_typesets_in_mathjax(built):
    chapters = built[1].chapters
    result = tex_problems([(c.family, c.math) for c in chapters])
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(chapters)} formulas, 0 with errors" in result.stdout


def test_the_owners_triples_stay_valid():
    spec = W.spec()
    spec["families"] = [tuple(f[:3]) for f in spec["families"]]
    assert gen_landscape.validate(spec).chapters == ()
