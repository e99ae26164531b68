// The side panel and the search list: built with createElement and
// textContent only, so no text from the graph is ever parsed as HTML.

const KG_PANEL_RELATIONS = 300;  // relations listed for one entity at most

function kgElement(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function kgNumber(value) {
  if (value === 0) return '0';
  return Math.abs(value) >= 0.01 ? value.toFixed(3) : value.toExponential(2);
}

class KgPanel {
  constructor(model, onSelect) {
    this.model = model;
    this.onSelect = onSelect;  // (kind, index)
    this.box = document.getElementById('details');
  }

  clear() {
    this.box.replaceChildren(kgElement('p', 'hint', 'Click an entity or a relation to see its evidence.'));
  }

  link(index) {
    const a = kgElement('span', 'entity-link', this.model.entities[index].name);
    a.dataset.entity = String(this.model.entities[index].id);
    a.addEventListener('click', () => this.onSelect('entity', index));
    return a;
  }

  definitions(rows) {
    const dl = kgElement('dl');
    for (const [term, value] of rows) {
      dl.append(kgElement('dt', '', term));
      const dd = kgElement('dd');
      if (value instanceof Node) dd.append(value); else dd.textContent = String(value);
      dl.append(dd);
    }
    return dl;
  }

  evidenceList(relation) {
    const ul = kgElement('ul', 'evidence');
    for (const [doc, sentence, text] of relation.evidence) {
      const li = kgElement('li');
      li.append(kgElement('span', 'sentence', text));
      const name = this.model.documents[doc] ? this.model.documents[doc].name : '?';
      li.append(kgElement('span', 'doc', '(' + name + ', sentence ' + (sentence + 1) + ')'));
      ul.append(li);
    }
    return ul;
  }

  showEntity(index) {
    const model = this.model;
    const e = model.entities[index];
    const n = model.entities.length;
    const scores = KG_MEASURES.map((name, m) => name + ' ' + kgNumber(e.scores[m]) +
      ' (#' + (model.ranks[m][index] + 1) + ' of ' + n + ')');
    if (model.data.betweennessSampled) scores[2] += ', estimated from sampled sources';
    const rows = [['Type', model.types[e.type]],
      ['Aliases', e.aliases.length ? e.aliases.join('; ') : '(none)'],
      ['Mentions', e.mentions],
      ['Documents', e.docs.map((d) => model.documents[d].name).join('; ') || '(none)']];
    if (model.communities) rows.push(['Community', model.communityName(e.community)]);
    const heading = kgElement('h2', '', e.name);
    heading.id = 'entity-name';
    const centralities = kgElement('ul');
    for (const line of scores) centralities.append(kgElement('li', '', line));
    rows.push(['Centrality', centralities]);
    const list = kgElement('ul', 'relations');
    list.id = 'entity-relations';
    for (const ri of e.relations.slice(0, KG_PANEL_RELATIONS)) {
      const r = model.relations[ri];
      const li = kgElement('li');
      const head = kgElement('div', 'relation-head');
      const other = r.source === index ? r.target : r.source;
      const arrow = r.symmetric ? ' — ' : (r.source === index ? ' → ' : ' ← ');
      head.append(kgElement('span', '', r.label + arrow));
      head.append(this.link(other));
      head.append(kgElement('span', 'count', ' (' + r.confidence.toFixed(2) + ')'));
      head.addEventListener('click', (event) => {
        if (!event.target.classList.contains('entity-link')) this.onSelect('relation', ri);
      });
      li.append(head, this.evidenceList(r));
      list.append(li);
    }
    const parts = [heading, this.definitions(rows),
      kgElement('h3', '', 'Relations (' + e.relations.length + ')'), list];
    if (e.relations.length > KG_PANEL_RELATIONS) {
      parts.push(kgElement('p', 'hint', 'The first ' + KG_PANEL_RELATIONS + ' are listed; focus on ' +
        'the entity and filter by label to see the others.'));
    }
    this.box.replaceChildren(...parts);
  }

  showRelation(ri) {
    const model = this.model;
    const r = model.relations[ri];
    const heading = kgElement('h2');
    heading.append(this.link(r.source), kgElement('span', '', ' ' + r.label + ' '), this.link(r.target));
    const qualifiers = Object.keys(r.qualifiers);
    const rows = [['Predicate', r.predicate], ['Direction', r.symmetric ? 'symmetric' : 'subject → object'],
      ['Confidence', r.confidence.toFixed(3)],
      ['Qualifiers', qualifiers.length ? qualifiers.map((k) => k + ' = ' + r.qualifiers[k]).join('; ') : '(none)']];
    this.box.replaceChildren(heading, this.definitions(rows),
      kgElement('h3', '', 'Evidence (' + r.evidence.length + ')'), this.evidenceList(r));
  }
}

// The legend: with colours by type, the entity types present (each a
// checkbox: the type filter); with colours by community, the communities
// that have a colour of their own, largest first, and the others as one entry.
function kgBuildLegend(model, onChange) {
  const legend = document.getElementById('legend');
  // [checkbox], swatch, texts.
  const entry = (colour, before, texts) => {
    const swatch = kgElement('span', 'swatch');
    swatch.style.background = colour;
    const label = kgElement('label');
    label.append(...before, swatch, ...texts);
    const li = kgElement('li');
    li.append(label);
    legend.append(li);
  };
  legend.replaceChildren();
  document.getElementById('legend-title').textContent =
    model.colourBy === 'type' ? 'Entity types' : 'Communities (modularity ' +
      model.communities.modularity.toFixed(3) + ')';
  if (model.colourBy === 'community') {
    const c = model.communities;
    for (let k = 0; k < Math.min(c.colors.length, c.count); ++k) {
      entry(c.colors[k], [], [kgElement('span', '', model.communityName(k))]);
    }
    if (c.count > c.colors.length) {
      entry(c.other, [], [kgElement('span', '', (c.count - c.colors.length) + ' smaller communities')]);
    }
    return;
  }
  const counts = model.typeCounts();
  model.types.forEach((name, t) => {
    if (counts[t] === 0) return;
    const box = kgElement('input');
    box.type = 'checkbox';
    box.checked = !model.hiddenTypes.has(t);
    box.dataset.type = name;
    box.addEventListener('change', () => {
      if (box.checked) model.hiddenTypes.delete(t); else model.hiddenTypes.add(t);
      onChange();
    });
    entry(model.colors[t], [box], [kgElement('span', '', name), kgElement('span', 'count', ' ' + counts[t])]);
  });
}

// The relation label filter.
function kgBuildLabelFilter(model, onChange) {
  const labels = document.getElementById('labels');
  for (const [name, count] of model.labelCounts()) {
    const box = kgElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.addEventListener('change', () => {
      if (box.checked) model.hiddenLabels.delete(name); else model.hiddenLabels.add(name);
      onChange();
    });
    const label = kgElement('label');
    label.append(box, kgElement('span', '', name), kgElement('span', 'count', ' ' + count));
    const li = kgElement('li');
    li.append(label);
    labels.append(li);
  }
}

// The search box: matches as the user types; Enter or a click selects.
function kgBuildSearch(model, onSelect) {
  const input = document.getElementById('search');
  const list = document.getElementById('results');
  let matches = [];
  const choose = (index) => {
    list.hidden = true;
    onSelect('entity', index);
  };
  input.addEventListener('input', () => {
    matches = model.search(input.value, 20);
    list.replaceChildren();
    matches.forEach((index, k) => {
      const e = model.entities[index];
      const li = kgElement('li', k === 0 ? 'active' : '', e.name);
      li.append(kgElement('span', 'type', model.types[e.type] + (e.drawn ? '' : ', not drawn')));
      li.addEventListener('mousedown', (event) => { event.preventDefault(); choose(index); });
      list.append(li);
    });
    list.hidden = matches.length === 0;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && matches.length) choose(matches[0]);
    if (event.key === 'Escape') list.hidden = true;
  });
  input.addEventListener('blur', () => { list.hidden = true; });
}
