"""kg --help, kg --version and kg <command> --help describe every option."""

from kgtest import check, run_test

EXPECTED = {
    (): ["build", "add", "remove", "diff", "explain", "extract", "query", "render", "export", "--version",
         "Exit codes"],
    ("build",): ["--output", "--directed", "--aliases", "--progress", "--quiet", "inputs"],
    ("add",): ["--db", "--patterns-only", "--min-confidence", "--threads", "--aliases",
             "inputs"],
    ("remove",): ["--db", "names"],
    ("explain",): ["--db", "--json", "name"],
    ("diff",): ["--json", "--top", "--measure", "--draw", "--draw-format", "old", "new"],
    ("extract",): ["--format", "jsonl", "tsv", "--progress", "--quiet"],
    ("query",): ["centrality", "communities", "neighbors", "path", "find"],
    ("query", "GRAPH", "centrality"): ["--measure", "--top", "--json", "--directed",
                                       "betweenness", "pagerank"],
    ("query", "GRAPH", "communities"): ["--top", "--json", "--seed", "--resolution", "--type"],
    ("query", "GRAPH", "neighbors"): ["--depth", "--json", "--type", "--min-confidence",
                                      "--document"],
    ("query", "GRAPH", "path"): ["--json", "--directed", "--type", "--min-confidence",
                                 "--document"],
    ("query", "GRAPH", "find"): ["--json", "--type", "text"],
    ("render",): ["--format", "--layout", "--focus", "--depth", "--top", "--measure",
                  "--output", "sfdp", "--dpi", "--size", "--color", "community"],
    ("export",): ["--format", "--output", "graphml", "jsonld", "json", "store"],
}


def check_descriptions(command, text):
    """Every option line of the help carries a description. CLI11 starts
    descriptions at column 30: on the option's line when its names fit in
    front of it, otherwise alone on the next line."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not line.strip().startswith("-"):
            continue
        if i + 1 < len(lines) and lines[i + 1].startswith(" " * 30) and lines[i + 1].strip():
            continue
        check(line[:30].endswith(" ") and line[30:].strip() != "",
              f"kg {command} --help: option without description: {line!r}")


def test(kg, data_dir, tmp):
    for command, words in EXPECTED.items():
        text = kg.ok(*command, "--help")
        for word in words:
            check(word in text, f"kg {' '.join(command)} --help does not mention {word!r}:\n{text}")
        check_descriptions(" ".join(command), text)

    version = kg.ok("--version")
    check(version.startswith("kg "), f"kg --version printed {version!r}")
    proc = kg.run(expect=2)
    check(b"build" in proc.stderr, "kg without a command does not print the help", proc)


if __name__ == "__main__":
    run_test(test)
