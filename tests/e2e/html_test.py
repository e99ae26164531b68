"""kg's interactive HTML page in a real headless Chromium (tests/e2e/browser.py).

The page of `kg build` of the sample articles loads with no console error and
requests nothing but itself; it holds and draws every entity of graph.json;
a real click at Anwar Ibrahim's drawn position selects him and lists his
relations with their evidence sentences; typing "anwar" in the search box
and pressing Enter selects him; unticking the Person type hides exactly the
persons and their relations; colouring by community shows the modularity
of `kg query communities`. The page of the adversarial names (and three made
to run script) shows each name literally and runs no script of theirs.
A page drawing 10 of the entities (--max-drawn) says so, and its search
opens the focus view on an entity that is not drawn.
The browser's screenshot of the sample page is written to html-sample.png
in the working folder (README: docs/html-sample.png is a copy).
"""

import base64
import hashlib
import json
import os
import re

import browser
from adversarial_labels_test import NAMES, hand_made_graph
from kgtest import check, load_json, run_test

SCRIPT_NAMES = ("<img src=x onerror=\"window.pwned=1\">",
                "</script><script>window.pwned=1</script>",
                "<!-- \u2028 \u2029 --> x")
SCREENSHOT = os.path.abspath("html-sample.png")


def check_clean_load(driver, page):
    errors = browser.console_errors(driver)
    check(not errors, f"console errors: {errors}")
    urls = browser.requested_urls(driver)
    check(urls == [browser.file_url(page)], f"the page requested {urls}")


def check_script_hash(page):
    """The CSP names the page's own script, and only it, by its SHA-256."""
    with open(page, encoding="utf-8") as f:
        text = f.read()
    script = re.search(r"<script>(.*?)</script>", text, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    check(f"script-src 'sha256-{digest}'" in text, "the CSP does not name the page's script")


def selected_name(driver):
    selected = driver.execute_script("return window.kgView.selected()")
    return selected["name"] if selected and selected["kind"] == "entity" else None


def check_click_lists_relations(driver, graph, anwar):
    position = driver.execute_script("return window.kgView.screenPosition(arguments[0])", anwar)
    check(position is not None, "Anwar Ibrahim is not drawn")
    browser.click_at(driver, position["x"], position["y"])
    check(selected_name(driver) == "Anwar Ibrahim", f"the click selected {selected_name(driver)}")
    panel = driver.find_element("id", "details").text
    relations = [r for r in graph["relations"] if anwar in (r["source"], r["target"])]
    check(relations, "Anwar Ibrahim has no relations in graph.json")
    items = driver.find_elements("css selector", "#entity-relations > li")
    check(len(items) == len(relations), f"{len(items)} relations listed, {len(relations)} expected")
    for relation in relations:
        for evidence in relation["evidence"]:
            check(" ".join(evidence["text"].split()) in panel,
                  f"the panel lacks the evidence {evidence['text']!r}")


def check_search(driver, anwar):
    driver.execute_script("document.body.focus()")
    from selenium.webdriver.common.keys import Keys
    driver.find_element("tag name", "body").send_keys(Keys.ESCAPE)
    check(driver.execute_script("return window.kgView.selected()") is None,
          "Escape did not clear the selection")
    box = driver.find_element("id", "search")
    box.send_keys("anwar")
    box.send_keys(Keys.ENTER)
    selected = driver.execute_script("return window.kgView.selected()")
    check(selected and selected["id"] == anwar, f"searching 'anwar' selected {selected}")


def check_type_filter(driver, graph):
    persons = {e["id"] for e in graph["entities"] if e["type"] == "Person"}
    check(persons, "the sample graph has no Person")
    driver.find_element("css selector", "#legend input[data-type='Person']").click()
    drawn = set(driver.execute_script("return window.kgView.drawnIds()"))
    others = {e["id"] for e in graph["entities"]} - persons
    check(drawn == others, f"with Person unticked the page draws {sorted(drawn)}, "
          f"expected {sorted(others)}")
    kept = [r for r in graph["relations"] if r["source"] not in persons and r["target"] not in persons]
    count = driver.execute_script("return window.kgView.relationCount()")
    check(count == len(kept), f"{count} relations drawn, {len(kept)} expected")


def check_sample_page(kg, data_dir, tmp, driver):
    out = os.path.join(tmp, "out")
    graph = load_json(kg.build(data_dir, out))
    page = os.path.join(out, "graph.html")
    check_script_hash(page)
    browser.open_page(driver, page)
    check_clean_load(driver, page)
    ids = sorted(e["id"] for e in graph["entities"])
    check(sorted(driver.execute_script("return window.kgView.entityIds()")) == ids,
          "the page does not hold every entity of graph.json")
    check(sorted(driver.execute_script("return window.kgView.drawnIds()")) == ids,
          "the page does not draw every entity of graph.json")
    anwar = next(e["id"] for e in graph["entities"] if e["name"] == "Anwar Ibrahim")
    check_click_lists_relations(driver, graph, anwar)
    driver.save_screenshot(SCREENSHOT)
    check_search(driver, anwar)
    check_type_filter(driver, graph)
    check(not browser.console_errors(driver), "console errors while using the page")
    check_beyond_drawn(kg, os.path.join(out, "graph.json"), tmp, driver)
    check_communities(kg, os.path.join(out, "graph.json"), page, driver)


def check_beyond_drawn(kg, graph_path, tmp, driver):
    """A page that draws fewer entities than it holds says so, and its search
    reaches one that is not drawn: choosing it opens the focus view on it."""
    page = os.path.join(tmp, "top10.html")
    kg.ok("render", graph_path, "--max-drawn", "10", "-o", page)  # html by the extension
    graph = load_json(graph_path)
    browser.open_page(driver, page)
    check_clean_load(driver, page)
    check(len(driver.execute_script("return window.kgView.drawnIds()")) == 10,
          "--max-drawn 10 does not draw 10 entities")
    notice = driver.execute_script("return window.kgView.notice()")
    check(f"Drawing the 10 most central of {len(graph['entities'])} entities" in notice,
          f"the page does not say what it draws: {notice!r}")
    drawn = set(driver.execute_script("return window.kgView.drawnIds()"))
    hidden = next(e for e in graph["entities"] if e["id"] not in drawn and
                  any(e["id"] in (r["source"], r["target"]) for r in graph["relations"]))
    box = driver.find_element("id", "search")
    box.send_keys(hidden["name"])
    from selenium.webdriver.common.keys import Keys
    box.send_keys(Keys.ENTER)
    selected = driver.execute_script("return window.kgView.selected()")
    check(selected and selected["id"] == hidden["id"], f"searching {hidden['name']!r} selected {selected}")
    neighbours = {r["target"] if r["source"] == hidden["id"] else r["source"]
                  for r in graph["relations"] if hidden["id"] in (r["source"], r["target"])}
    now = set(driver.execute_script("return window.kgView.drawnIds()"))
    check(now == neighbours | {hidden["id"]},
          f"the focus view on {hidden['name']!r} draws {sorted(now)}, expected its neighbourhood")
    check(driver.execute_script("return window.kgView.screenPosition(arguments[0])", hidden["id"]),
          "the entity found is not drawn")
    check(not browser.console_errors(driver), "console errors in the focus view")


def check_communities(kg, graph_path, page, driver):
    """Colour by community: the legend gives the modularity of `kg query
    communities`, and names each coloured community by its most central member."""
    result = json.loads(kg.ok("query", graph_path, "communities", "--json"))
    browser.open_page(driver, page)
    from selenium.webdriver.support.ui import Select
    Select(driver.find_element("id", "colour-by")).select_by_value("community")
    title = driver.find_element("id", "legend-title").text
    check(title == f"Communities (modularity {result['modularity']:.3f})", f"legend title {title!r}")
    entries = driver.find_elements("css selector", "#legend li")
    check(len(entries) == min(result["count"], 13), f"{len(entries)} legend entries")
    check(not browser.console_errors(driver), "console errors when colouring by community")


def check_adversarial_page(kg, tmp, driver):
    names = NAMES + SCRIPT_NAMES
    graph_path = os.path.join(tmp, "adversarial.json")
    hand_made_graph(graph_path, names)
    page = os.path.join(tmp, "adversarial.html")
    kg.ok("render", graph_path, "--format", "html", "-o", page)
    browser.open_page(driver, page)
    check_clean_load(driver, page)
    check(driver.execute_script("return window.pwned") is None, "a name ran script")
    check(driver.execute_script("return document.querySelectorAll('img, script').length") == 2,
          "a name added elements to the page")
    for i, name in enumerate(names):
        position = driver.execute_script("return window.kgView.screenPosition(arguments[0])", i)
        check(position is not None, f"{name!r} is not drawn")
        browser.click_at(driver, position["x"], position["y"])
        shown = driver.execute_script("return document.getElementById('entity-name').textContent")
        check(shown == name, f"the panel shows {shown!r} for {name!r}")
    check(driver.execute_script("return window.pwned") is None, "a name ran script")


def test(kg, data_dir, tmp):
    driver = browser.start(os.path.join(tmp, "profile"))
    try:
        check_sample_page(kg, data_dir, tmp, driver)
        check_adversarial_page(kg, tmp, driver)
    finally:
        driver.quit()


if __name__ == "__main__":
    run_test(test)
