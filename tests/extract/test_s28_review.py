"""Session 28's review of extract on fresh news and encyclopedia texts: the mechanisms, each on
invented sentences of the kind the texts hold (the texts themselves are not in the repository)."""
from __future__ import annotations

import pytest

from reconcile.extract.article import outlet_label, outlet_of
from tests.extract.test_extract import _extract, _sources


# --- source: an outlet whose address runs its name's words together ---------------------------------
@pytest.mark.parametrize("url, outlet", [
    ("https://www.newindianexpress.com/states/x", "New Indian Express"),
    ("https://www.malaymail.com/news/x", "Malay Mail"),
    ("https://www.thehindu.com/news/x", "The Hindu"),
    ("https://eldeber.com.bo/x", "El Deber"),
    ("https://www.hindustantimes.com/x", "Hindustan Times"),
    ("https://silverbirdtv.com/x", "Silver Bird TV"),
    ("https://www.business-standard.com/x", "Business Standard"),
    # one word, a brand, or a split that is unsure stays as the address writes it
    ("https://www.reuters.com/x", "Reuters"),
    ("https://www.clarin.com/x", "Clarin"),
    ("https://www.elespectador.com/x", "Elespectador"),      # "ele spect ad or"
    ("https://www.semissourian.com/x", "Semissourian"),      # "se missourian"
    ("https://dainikdisha.com/x", "Dainikdisha"),            # "dainik dish a"
    ("https://en.wikipedia.org/wiki/X", "Wikipedia"),
])
def test_an_outlets_name_is_the_words_its_address_runs_together(url, outlet):
    assert outlet_of(url) == outlet


def test_the_outlets_source_keeps_its_addresss_label_as_an_alias(tmp_path):
    text = ("url: https://www.newindianexpress.com/states/x\ntitle: Floods\ndate: 2021-11-20\n\n"
            "At least 12 people died in floods in Nellore district on Friday.\n")
    result, out = _extract(tmp_path, text)
    assert result.exit_code == 0, result.output
    outlet = _sources(out)["new-indian-express"]["source"]
    assert (outlet["name"], outlet["aliases"]) == ("New Indian Express", ["newindianexpress"])
    assert outlet_label("https://www.newindianexpress.com/x") == "newindianexpress"


def test_a_projects_source_named_by_the_addresss_label_keeps_its_id(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "nie.yaml").write_text(
        "source:\n  id: nie\n  name: newindianexpress\n  kind: media\nclaims: []\n", encoding="utf-8")
    text = ("url: https://www.newindianexpress.com/states/x\ntitle: Floods\ndate: 2021-11-20\n\n"
            "At least 12 people died in floods in Nellore district on Friday.\n")
    result, out = _extract(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert list(_sources(out)) == ["nie"]
