"""A noun pattern's own modifier names the act, not its doer: in "launched a wildcat strike"
the parser reads "wildcat" as a compound noun, which the doer check of the labour-strike
group took for the striker and rejected, so no strike was coded although "launched a strike"
and "staged a wildcat strike" were."""


def _types(coder, text):
    return [e.type for e in coder.code(text, published="2024-05-02")]


def test_workers_launching_a_wildcat_strike_protest(coder):
    assert "PROTEST" in _types(coder, "Bus drivers in Ostrava launched a wildcat strike.")


def test_soldiers_launching_a_strike_is_no_labour_strike(coder):
    assert "PROTEST" not in _types(coder, "Soldiers launched a wildcat strike.")
