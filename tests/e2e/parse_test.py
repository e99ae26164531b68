"""kg parse and kg train-parser on real input.

kg parse with the built-in model on the sample articles: CoNLL-U whose
sentences are trees, whose FORMs are the article's own characters in order
(SpaceAfter=No exactly where no space follows), with sent_id and text
comments, the same output whatever the thread count; inputs collected as by
kg build (a file given twice is read once); CoNLL-U input keeps its
comments, multiword tokens and empty nodes; --tokenized input keeps its
words; stdin works. kg train-parser on a small treebank of our own: progress
and dev scores on stderr, a model that kg parse --model reads, the same bytes
on every run and thread count.
"""

import os

from kgtest import check, read_bytes, run_test

# A small treebank of our own sentences (UD English style).
TREEBANK = """# newdoc id = e2e
# sent_id = 1
# text = The minister visited Hanoi on Monday.
1	The	the	DET	DT	_	2	det	_	_
2	minister	minister	NOUN	NN	_	3	nsubj	_	_
3	visited	visit	VERB	VBD	_	0	root	_	_
4	Hanoi	Hanoi	PROPN	NNP	_	3	obj	_	_
5	on	on	ADP	IN	_	6	case	_	_
6	Monday	Monday	PROPN	NNP	_	3	obl	_	SpaceAfter=No
7	.	.	PUNCT	.	_	3	punct	_	_

# sent_id = 2
# text = They didn't sign the agreement.
1	They	they	PRON	PRP	_	4	nsubj	_	_
2-3	didn't	_	_	_	_	_	_	_	_
2	did	do	AUX	VBD	_	4	aux	_	_
3	n't	not	PART	RB	_	4	advmod	_	_
4	sign	sign	VERB	VB	_	0	root	_	_
5	the	the	DET	DT	_	6	det	_	_
6	agreement	agreement	NOUN	NN	_	4	obj	_	SpaceAfter=No
7	.	.	PUNCT	.	_	4	punct	_	_

# sent_id = 3
# text = Leaders met and talks ended.
1	Leaders	leader	NOUN	NNS	_	2	nsubj	_	_
2	met	meet	VERB	VBD	_	0	root	_	_
3	and	and	CCONJ	CC	_	5	cc	_	_
4	talks	talk	NOUN	NNS	_	5	nsubj	_	_
5	ended	end	VERB	VBD	_	2	conj	_	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	_	_

"""

EMPTY_NODE_SENTENCE = """# sent_id = e1
# text = Cats eat fish and dogs meat.
1	Cats	cat	NOUN	NNS	_	2	nsubj	2:nsubj	_
2	eat	eat	VERB	VBP	_	0	root	0:root	_
3	fish	fish	NOUN	NN	_	2	obj	2:obj	_
4	and	and	CCONJ	CC	_	5	cc	5.1:cc	_
5	dogs	dog	NOUN	NNS	_	2	conj	5.1:nsubj	_
5.1	eat	eat	VERB	VBP	_	_	_	2:conj:and	CopyOf=2
6	meat	meat	NOUN	NN	_	5	orphan	5.1:obj	SpaceAfter=No
7	.	.	PUNCT	.	_	2	punct	2:punct	_

"""


def sentences(conllu):
    """[(comments, rows)] of a CoNLL-U text; rows are lists of 10 columns."""
    out = []
    for block in conllu.strip("\n").split("\n\n"):
        lines = block.split("\n")
        comments = [l for l in lines if l.startswith("#")]
        rows = [l.split("\t") for l in lines if not l.startswith("#")]
        for r in rows:
            check(len(r) == 10, f"a line without 10 columns: {r}")
        out.append((comments, rows))
    return out


def check_tree(rows, where):
    words = [r for r in rows if r[0].isdigit()]
    heads = {int(r[0]): int(r[6]) for r in words}
    check(sum(1 for h in heads.values() if h == 0) == 1, f"{where}: not one root")
    for w in heads:
        seen, x = set(), w
        while x != 0:
            check(x not in seen, f"{where}: cycle")
            seen.add(x)
            x = heads[x]
    for r in words:
        check(r[7] not in ("", "_") and "^" not in r[7], f"{where}: bad relation {r[7]!r}")
        check(r[3] != "_" and r[4] != "_" and r[2] != "_", f"{where}: missing tags or lemma")


def check_article(kg, path):
    out = kg.ok("parse", path)
    text = read_bytes(path).decode("utf-8")
    parsed = sentences(out)
    check(len(parsed) > 5, f"{path}: only {len(parsed)} sentences")
    # Documents are named by their path, as kg build and kg extract name them.
    check(parsed[0][0][0] == "# newdoc id = " + os.path.normpath(path), "no newdoc comment")
    position = 0
    for comments, rows in parsed:
        check(any(c.startswith("# sent_id = ") for c in comments), "a sentence without sent_id")
        check(any(c.startswith("# text = ") for c in comments), "a sentence without text")
        check_tree(rows, path)
        skip_to = 0
        for r in rows:
            if "-" in r[0]:
                skip_to = int(r[0].split("-")[1])
            elif int(r[0]) <= skip_to:
                continue
            # Tokens are the article's characters, in order, white space between.
            found = text.find(r[1], position)
            check(found >= 0 and text[position:found].strip() == "",
                  f"token {r[1]!r} is not the next text at offset {position}")
            position = found + len(r[1])
            glued = position < len(text) and not text[position].isspace()
            check(("SpaceAfter=No" in r[9]) == glued, f"SpaceAfter of {r[1]!r} is wrong")
    check(text[position:].strip() == "", "text left after the last token")
    return out


def test(kg, data_dir, tmp):
    articles = sorted(os.path.join(data_dir, f) for f in os.listdir(data_dir) if f.endswith(".txt"))
    for path in articles:
        one = check_article(kg, path)
        check(kg.ok("parse", path, "-j", "2") == one, "-j 2 changed the output")
    print("ok  sample articles: trees, original characters, SpaceAfter, same with -j 2")
    both = kg.ok("parse", data_dir)
    check(both.count("# newdoc id = ") == len(articles), "a folder gives one document per file")
    again = kg.ok("parse", articles[0], data_dir)
    check(again.count("# newdoc id = ") == len(articles), "a file given twice is not read once")

    stdin = kg.ok("parse", "-", stdin="She didn't stay. He left!\n".encode())
    rows = [s[1] for s in sentences(stdin)]
    check(len(rows) == 2, "stdin: two sentences expected")
    check([r[1] for r in rows[0]] == ["She", "didn't", "did", "n't", "stay", "."],
          f"stdin: tokens {[r[1] for r in rows[0]]}")
    check(rows[0][1][0] == "2-3", "stdin: didn't is a multiword token")
    print("ok  stdin, multiword tokens")

    tokenized = os.path.join(tmp, "tokenized.txt")
    with open(tokenized, "w", encoding="utf-8") as f:
        f.write("Prime Minister Anwar met him .\n\nTalks ended on Monday .\n")
    parsed = sentences(kg.ok("parse", "--tokenized", tokenized))
    check([len(rows) for _, rows in parsed] == [6, 5], "--tokenized: the words are not as given")
    for _, rows in parsed:
        check_tree(rows, "tokenized")
    print("ok  --tokenized")

    conllu = os.path.join(tmp, "input.conllu")
    with open(conllu, "w", encoding="utf-8") as f:
        f.write(TREEBANK + EMPTY_NODE_SENTENCE)
    parsed = sentences(kg.ok("parse", conllu))
    check(len(parsed) == 4, "CoNLL-U input: four sentences expected")
    check(parsed[1][0] == ["# sent_id = 2", "# text = They didn't sign the agreement."],
          "CoNLL-U input: comments not kept")
    check(parsed[1][1][1][:2] == ["2-3", "didn't"], "CoNLL-U input: multiword token lost")
    check(any(r[0] == "5.1" for r in parsed[3][1]), "CoNLL-U input: empty node lost")
    folder = os.path.join(tmp, "treebanks")
    os.makedirs(folder)
    conllu = os.path.join(folder, "input.conllu")
    os.replace(os.path.join(tmp, "input.conllu"), conllu)
    check(kg.ok("parse", "--format", "conllu", folder) == kg.ok("parse", conllu),
          "--format conllu: a folder does not give its .conllu files")
    for _, rows in parsed:
        check_tree(rows, "conllu")
    same = kg.ok("parse", "--format", "conllu", conllu)
    check(same == kg.ok("parse", conllu), "--format conllu differs from the .conllu default")
    print("ok  CoNLL-U input")

    train = os.path.join(tmp, "train.conllu")
    with open(train, "w", encoding="utf-8") as f:
        f.write(TREEBANK)
    model = os.path.join(tmp, "tiny.kgmodel")
    proc = kg.run("train-parser", "--train", train, "--dev", train, "-o", model, "--epochs", "3",
                  "--tagger-epochs", "3", expect=0)
    err = proc.stderr.decode()
    check("parser epoch 3" in err and "dev uas" in err, "no per-epoch dev scores on stderr", proc)
    first = read_bytes(model)
    again = os.path.join(tmp, "again.kgmodel")
    kg.run("train-parser", "--train", train, "--dev", train, "-o", again, "--epochs", "3",
           "--tagger-epochs", "3", "-j", "1", expect=0)
    check(read_bytes(again) == first, "train-parser is not reproducible byte for byte")
    parsed = sentences(kg.ok("parse", "--model", model, conllu))
    for _, rows in parsed:
        check_tree(rows, "tiny model")
    print("ok  train-parser: dev scores, same bytes with -j 1, kg parse --model reads it")


if __name__ == "__main__":
    run_test(test)
