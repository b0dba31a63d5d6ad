"""Animation parameters: the build reads each animation's declared knobs from its file (a JSON literal,
without running JS) and validates every entry's variant (anim_params) against them."""
from __future__ import annotations

import pytest
from conftest import ROOT

import gen_landscape as G
import gen_worldmodel as W


def problems(spec) -> list[str]:
    with pytest.raises(G.ValidationError) as err:
        G.validate(spec)
    return err.value.problems


def test_every_animation_declares_a_parameter_the_build_can_read():
    ls = G.validate(W.spec())
    for anim in ls.animations:
        assert anim.params, f"{anim.key} declares no parameter"
        for q in anim.params:
            assert q.options or q.min <= q.value <= q.max


def test_dream_parameters_are_parsed(spec):
    (dream,) = G.validate(spec).animations
    by_key = {q.key: q for q in dream.params}
    assert by_key["horizon"] == G.AnimParam("horizon", "Imagination horizon H", 5, 3, 15, 1)
    assert by_key["lam"].step == 0.05


def test_a_valid_variant_reaches_the_page_data(spec):
    spec["entries"][0]["anim_params"] = dict(horizon=15, lam=0.95)
    ls = G.validate(spec)
    assert ls.entries[0].anim_params == (("horizon", 15), ("lam", 0.95))
    data = G.page_data(ls, G.layout(ls))
    assert data["entries"][0]["animParams"] == {"horizon": 15, "lam": 0.95}
    assert "animParams" not in data["entries"][1]


@pytest.mark.parametrize("variant, message", [
    (dict(sims=8), "names 'sims', not a parameter of animation 'dream' (known: horizon, lam)"),
    (dict(horizon=99), "'horizon' = 99 is outside 3..15 (step 1)"),
    (dict(horizon=4.5), "'horizon' = 4.5 is outside 3..15 (step 1)"),
    (dict(horizon="5"), "'horizon' = '5' is outside"),
    (dict(lam=True), "'lam' = True is outside"),
])
def test_bad_variant_names_the_entry_and_the_parameter(spec, variant, message):
    spec["entries"][0]["anim_params"] = variant
    (problem,) = problems(spec)
    assert problem.startswith("entry 'alpha': field 'anim_params' ") and message in problem


def test_variant_must_be_a_dict(spec):
    spec["entries"][0]["anim_params"] = [("horizon", 5)]
    assert problems(spec) == ["entry 'alpha': field 'anim_params' must be a dict of parameter name -> value"]


def test_select_variant_must_be_one_of_the_options(spec):
    spec["animations"] = {"denoise": ROOT / "worldmodel_anims" / "denoise.js"}
    for e in spec["entries"]:
        e["anim"] = "denoise"
    spec["entries"][0]["anim_params"] = dict(frames="sideways")
    assert problems(spec) == ["entry 'alpha': field 'anim_params' 'frames' = 'sideways' is not one of joint, causal"]


@pytest.mark.parametrize("declared, message", [
    ('[{"key": "n", "label": "N", "min": 1, "max": 4, "step": 1, "value": 9}]', "value on the grid"),
    ('[{"key": "n", "label": "N", "options": ["a"], "value": "b"}]', "include the value"),
    ('[{"key": "n", "min": 1}]', "needs a key (identifier) and a label"),
    ("[{key: 'n'}]", "must be a JSON list literal"),
    ('[{"key": "n", "label": "N", "options": ["a"], "value": "a"}, '
     '{"key": "n", "label": "M", "options": ["a"], "value": "a"}]', "declares 'n' twice"),
])
def test_bad_declarations_are_named(spec, tmp_path, declared, message):
    js = tmp_path / "dream.js"
    js.write_text(f'LandscapeAnims.register("dream", {{\n  params: {declared},\n  create() {{}},\n}});\n')
    spec["animations"] = {"dream": js}
    (problem,) = problems(spec)
    assert problem.startswith("animation 'dream': field 'params' ") and message in problem
