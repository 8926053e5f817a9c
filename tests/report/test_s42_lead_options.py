"""Options and titles a new user met (session 42, N3): an empty --review-url or --publisher-url is
an unset variable, refused as an empty --publisher is; a topic title that shows nothing is headed
by the topic's id; --max-findings says it cuts every format."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

import reconcile
from conftest import claim
from reconcile.cli.main import main


@pytest.fixture()
def project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", place="CO", value=500, as_of="2019-03-07"))
    maker.source("b", claim(id="b1", place="CO", value=109, as_of="2019-03-07"))
    return maker


@pytest.mark.parametrize("options, named", [
    (["--review-url", ""], "--review-url"),
    (["--review-url", "  "], "--review-url"),
    (["--publisher", "El Diario", "--publisher-url", ""], "--publisher-url"),
])
def test_an_empty_address_is_refused_as_an_empty_publisher_is(project, options, named):
    result = CliRunner().invoke(main, ["report", str(project.root), "--no-validate", "--format", "claimreview",
                                       *options])
    assert result.exit_code == 2, result.output
    assert named in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("title", ["   ", "\u200b", " \u2060 "])
def test_a_topic_title_that_shows_nothing_is_headed_by_the_topic_id(make_project, title):
    maker = make_project({"id": "defections", "title": title, "unit": "people"})
    maker.source("a", claim(id="a1", place="CO", value=500))
    page = reconcile.run(str(maker.root), "markdown", no_validate=True)
    assert "## defections" in page
    assert f"## {title}\n" not in page


def test_the_max_findings_help_says_it_cuts_every_format():
    result = CliRunner().invoke(main, ["report", "--help"])
    assert "in every format" in " ".join(result.output.split())


def test_the_claimreview_text_folds_line_breaks_and_keeps_claimants_apart(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", place="CO", value=500, as_of="2019-03-07",
                            quote="500 soldiers\tcrossed,\r\nthe agency said", note="read\nin print"))
    maker.source("b", claim(id="b1", place="CO", value=109, as_of="2019-03-07", quote="109 defected"))
    import json
    reviews = json.loads(reconcile.run(str(maker.root), "claimreview", no_validate=True))
    texts = [r["itemReviewed"]["text"] for r in reviews if "text" in r["itemReviewed"]]
    assert texts and all(not set("\t\r\n") & set(t) for t in texts)
    assert any("500 soldiers crossed, the agency said" in t and "(note: read in print)" in t and "); B: \u201c109" in t
               for t in texts)
