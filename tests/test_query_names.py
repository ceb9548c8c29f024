"""Actor-name parameters of saved queries: gazetteer aliases become canonical names."""

from accusegraph.pipeline import canonical_actor_params


def test_known_aliases_become_canonical_names_and_others_pass_through(tmp_path):
    out = canonical_actor_params({"target": "NSA", "actor": "washington", "since": "NSA", "start": "Nobody Inc"})
    assert out["target"] == "National Security Agency"
    assert out["actor"] == "United States"
    assert out["since"] == "NSA"            # not an actor parameter
    assert out["start"] == "Nobody Inc"     # unknown names are matched as typed


def test_user_alias_file_adds_names(tmp_path):
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("Acme Widgets Ltd:\n  kind: company\n  aliases: [Acme]\n", encoding="utf-8")
    assert canonical_actor_params({"actor": "acme"}, aliases)["actor"] == "Acme Widgets Ltd"
