#!/usr/bin/env python3
"""Writes the seed inputs of each fuzz target into fuzz/seeds/TARGET/:
the shipped models, the test data and small hostile models from the
hardening tests, each in the form its target reads. Run from the
repository root; then `cargo fuzz cmin TARGET fuzz/seeds/TARGET` or fuzz
with the seeds as a second corpus folder."""

import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
HEAD = """keten: 1
name: Proef
client_question: Wat vraagt de cliënt?
director: a
partners:
  a: { name: Gemeente, contribution: Regie. }
  b: { name: Wijkteam, contribution: Hulp. }
steps:
"""
hostile = [
    HEAD + "  s: { name: S, partner: a, next: [" + ", ".join(["t"] * 50) + "] }\n  t: { name: T, partner: b }\n",
    HEAD + "  s: { name: &n yyyy, partner: a }\n  t: { name: *n, partner: b }\n",
    HEAD + "  s: { name: S, partner: \"\", next: [\"\"] }\n",
    HEAD + "  s: { name: S, partner: a }\nkpis:\n  k: { name: K, owner: a, target: 9223372036854775807 }\n",
    HEAD + "  s: { name: S, partner: a }\nkpis:\n  k: { name: K, owner: a, target: -1e-400, measurements: [{ period: 2026, value: 3 }] }\n",
    HEAD + "  s: { name: !!binary aGVsbG8=, partner: a }\n",
    HEAD + "  s: { name: !!str 5, partner: a }\n",
    "%YAML 1.2\n---\n" + HEAD + "  s: { name: S, partner: a }\n",
    HEAD + "  s: { name: \"\\e[31mrood\\u202e\\u200b\", partner: a, next: [{ to: t, label: \"\\x07\" }] }\n  t: { name: T, partner: b, next: [s] }\n",
    HEAD + "<<<<<<< ours\n  s: { name: S, partner: a }\n=======\n  s: { name: Z, partner: b }\n>>>>>>> theirs\n",
]
models = [p.read_bytes() for p in sorted((root / "models").glob("*.yaml"))]
data = [p.read_bytes() for p in sorted((root / "tests" / "data").glob("*.yaml"))]
texts = models + data + [h.encode() for h in hostile]
small = [t for t in texts if len(t) < 4000]


def changed(text, old, new):
    return text.replace(old, new, 1)


# Keys: digits for the screens, moves, n, Enter, ?, Esc, a form, ctrl-s, mouse.
def key(c, mods=0):
    return bytes([0, 17, ord(c) - 32, mods])


events = b"".join(
    [key(str(d)) for d in range(1, 8)]
    + [key("1"), bytes([0, 6, 0, 0]), bytes([0, 8, 0, 0]), key("n"), bytes([0, 0, 0, 0])]
    + [key("?"), bytes([0, 1, 0, 0]), key("a"), key("x"), bytes([0, 3, 0, 0]), bytes([0, 1, 0, 0])]
    + [bytes([10, 0, 30, 5]), bytes([11, 12, 0, 0]), bytes([14, 60, 20, 0]), key("s", 2), key("q")]
)
seeds = {
    "load": texts,
    "round_trip": texts,
    "render": [bytes([w % 256, w // 256, f]) + t for t in texts for (w, f) in [(79, 0), (19, 5)]],
    "merge": [t + b"\0" + changed(t, b"name:", b"name: X") + b"\0" + t for t in models]
    + [t + b"\0" + t + b"\0" + t for t in small],
    "editor": [t + b"\0" + events for t in models] + [b"\0" + events],
}
for target, inputs in seeds.items():
    folder = root / "fuzz" / "seeds" / target
    folder.mkdir(parents=True, exist_ok=True)
    for i, data in enumerate(inputs):
        (folder / f"seed-{i:02}").write_bytes(data)
