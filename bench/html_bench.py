"""Step 8 of bench/run: kg's interactive HTML page in headless Chromium.

For graphs of N entities (bench/gen_graph.py, N = 1k, 10k and 20k; 20k is
above kHtmlMaxDrawn, so the page holds every entity and draws the 10k most
central), each relation given one evidence sentence of ~120 characters
(gen_graph.py writes none, and a news graph's evidence is most of the page):
  - `kg render --format html` (load, centralities, Graphviz layout, write),
    the median of R runs, and the size of the page;
  - time to first draw: the page opened R times in a fresh tab of Debian's
    headless Chromium (tests/e2e/browser.py), each time
    window.kgView.firstDrawMs(): milliseconds from the start of navigation
    to the end of the first complete drawing of the canvas (HTML parsed,
    data parsed, model built, every node and edge drawn);
  - one redraw of the whole view (what each pan or zoom step costs): the
    median of 20 frames forced by the page's own fit button.
Prints a Markdown table.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "e2e"))

import browser  # noqa: E402  (tests/e2e/browser.py)

SENTENCE = ("On Monday the minister said in a statement that the two sides had agreed to "
            "work together on trade, energy and security.")


def with_evidence(graph_path, out_path):
    with open(graph_path, encoding="utf-8") as f:
        graph = json.load(f)
    for i, relation in enumerate(graph["relations"]):
        relation["evidence"] = [{"document": f"doc{i % 500}.txt", "sentence": i % 40,
                                 "start": 0, "end": len(SENTENCE), "text": SENTENCE}]
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(graph, f)
    return len(graph["entities"]), len(graph["relations"])


def page_timings(page, runs):
    """Medians of the time to first draw and of one redraw, in ms."""
    firsts, redraws = [], []
    with tempfile.TemporaryDirectory(prefix="kg-html-bench-") as profile:
        driver = browser.start(profile)
        try:
            for _ in range(runs):
                browser.open_page(driver, page, timeout=300)
                firsts.append(driver.execute_script("return window.kgView.firstDrawMs()"))
                redraws.append(driver.execute_script("""
                    const button = document.getElementById('fit');
                    const times = [];
                    return new Promise((done) => {
                      const step = () => {
                        button.click();
                        requestAnimationFrame(() => {
                          times.push(window.kgView.lastDrawMs());
                          if (times.length < 20) step(); else done(times.sort((a, b) => a - b)[10]);
                        });
                      };
                      step();
                    });"""))
                errors = browser.console_errors(driver)
                if errors:
                    raise RuntimeError(f"console errors in {page}: {errors}")
        finally:
            driver.quit()
    return statistics.median(firsts), statistics.median(redraws)


def html_step(kg, work, runs, sizes=(1000, 10000, 20000)):
    print("\n### The HTML page (bench/html_bench.py; medians; Chromium headless)\n")
    print("| entities | drawn | relations | kg render s | page MB | first draw s | redraw ms |")
    print("|---|---|---|---|---|---|---|")
    for n in sizes:
        graph = os.path.join(work, f"g{n}.json")
        if not os.path.exists(graph):
            subprocess.run([os.path.join(HERE, "gen_graph.py"), str(n), graph], check=True)
        source = os.path.join(work, f"html{n}.json")
        entities, relations = with_evidence(graph, source)
        page = os.path.join(work, f"graph{n}.html")
        renders = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run([kg, "render", source, "--format", "html", "-o", page], check=True,
                           capture_output=True)
            renders.append(time.perf_counter() - start)
        first, redraw = page_timings(page, runs)
        drawn = min(entities, 10000)
        print(f"| {entities:,} | {drawn:,} | {relations:,} | {statistics.median(renders):.2f} "
              f"| {os.path.getsize(page) / 1e6:.1f} | {first / 1000:.2f} | {redraw:.0f} |",
              flush=True)


if __name__ == "__main__":
    html_step(os.path.abspath(sys.argv[1]), sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3)
