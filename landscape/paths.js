/* "How are these two related?": the shortest chain of typed edges between two works (breadth-first,
 * edges read either way, neighbours in data order so the answer is stable) and its wording, read
 * along the chain with each type's label or inverse ("A builds on B, which builds on C"). */
LS.paths = (function () {
  const idx = LS.index;

  /* [{from, to, type, out, edge}] from a to b, [] when a === b, null when they are not connected.
   * `allowed(id)` (optional) keeps the chain to works that are shown. */
  function shortest(a, b, allowed) {
    if (a === b) return [];
    const via = new Map([[a, null]]);
    let frontier = [a];
    while (frontier.length && !via.has(b)) {
      const next = [];
      for (const id of frontier) {
        for (const l of idx.links.get(id)) {
          if (via.has(l.other) || (allowed && !allowed(l.other))) continue;
          via.set(l.other, { from: id, to: l.other, type: l.type, out: l.out, edge: l.edge });
          next.push(l.other);
        }
      }
      frontier = next;
    }
    if (!via.has(b)) return null;
    const steps = [];
    for (let s = via.get(b); s; s = via.get(s.from)) steps.unshift(s);
    return steps;
  }

  /* The type's label read from this side; a phrase that does not start with a present-tense verb
   * ("successor of", "built on by") gets an "is" so the sentence reads. */
  function verb(step) {
    const t = idx.edgeType.get(step.type);
    const phrase = !t.directed || step.out ? t.label : t.inverse;
    return /^\w+s\b/.test(phrase) ? phrase : "is " + phrase;
  }

  /* "Dreamer 4 builds on DreamerV3, which builds on PlaNet."; where the edges say why, one sentence
   * a step, each with its reason: "DreamerV3 builds on PlaNet: Keeps PlaNet's RSSM and …". */
  function sentence(steps) {
    const name = (id) => idx.byId.get(id).name;
    const why = steps.map((s) => LS.data.edges[s.edge][3]);
    if (!why.some(Boolean)) {
      return steps.map((s, i) => (i ? ", which " : name(s.from) + " ") + verb(s) + " " + name(s.to)).join("") + ".";
    }
    return steps.map((s, i) => name(s.from) + " " + verb(s) + " " + name(s.to) + (why[i] ? ": " + why[i] : ".")).join(" ");
  }

  /* The caption over the map while a chain is shown: its sentence and a way to clear it. */
  const caption = document.getElementById("path-caption");
  function showCaption(steps) {
    caption.hidden = !steps;
    if (!steps) return;
    caption.replaceChildren(LS.util.el("span", { text: "Path: " + sentence(steps) }),
      LS.util.el("button", { type: "button", class: "btn", "aria-label": "Clear the path", onclick: () => LS.app.clearRelation(), text: "× Clear" }));
  }

  /* The map dropped its path (a click on the background, another work opened): the state follows. */
  function cleared() {
    caption.hidden = true;
    const picker = document.querySelector("#panel .relate");
    if (picker) picker.dispatchEvent(new Event("pathcleared"));
    if (LS.state.path) {
      LS.state.path = null;
      LS.router.record(false);
    }
  }

  return { shortest, sentence, verb, showCaption, cleared };
})();
