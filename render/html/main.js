// Wiring: reads the data block, builds the model, drawing and panel, and
// exposes a read-only view of the state as window.kgView (for tests and
// scripting; it changes nothing).

(function () {
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  const model = new KgModel(data);
  let selection = null;
  let view = null;
  const panel = new KgPanel(model, (kind, index) => select(kind, index));
  const notice = document.getElementById('notice');
  const focusButton = document.getElementById('focus');
  const unfocusButton = document.getElementById('unfocus');
  const hops = document.getElementById('hops');

  function describe() {
    const parts = [];
    if (model.focus) {
      parts.push('Focus: ' + model.focus.members.size + ' entities within ' + model.focus.hops +
        ' hops of ' + model.entities[model.focus.center].name + '.');
    } else if (model.drawnCount < model.entities.length) {
      parts.push('Drawing the ' + model.drawnCount + ' most central of ' + model.entities.length +
        ' entities; search reaches all of them.');
    }
    if (data.graphEntities > model.entities.length) {
      parts.push('The page holds ' + model.entities.length + ' of the graph\'s ' + data.graphEntities + ' entities.');
    }
    notice.textContent = parts.join(' ');
    unfocusButton.hidden = !model.focus;
  }

  function refresh() {
    model.update();
    view.redraw();
  }

  function focusOn(index) {
    model.setFocus(index, Math.max(1, Math.min(6, Number(hops.value) || 1)));
    describe();
    view.fit();
  }

  function select(kind, index) {
    selection = kind ? { kind, index } : null;
    view.selection = selection;
    focusButton.disabled = !(selection && kind === 'entity');
    if (!selection) {
      panel.clear();
    } else if (kind === 'entity') {
      if (!model.position(index)) focusOn(index);
      panel.showEntity(index);
      if (model.shown[index]) view.centreOn(index);
    } else {
      panel.showRelation(index);
    }
    view.redraw();
  }

  view = new KgCanvas(document.getElementById('graph'), model, select);
  kgBuildLegend(model, refresh);
  kgBuildLabelFilter(model, refresh);
  kgBuildSearch(model, select);

  const colourBy = document.getElementById('colour-by');
  if (model.communities) {
    const option = kgElement('option', '', 'community');
    option.value = 'community';
    colourBy.append(option);
    colourBy.value = model.colourBy;
  }
  colourBy.addEventListener('change', () => {
    model.colourBy = colourBy.value;
    kgBuildLegend(model, refresh);
    view.redraw();
  });
  document.getElementById('measure').addEventListener('change', (event) => {
    model.measure = Number(event.target.value);
    refresh();
  });
  const confidence = document.getElementById('confidence');
  confidence.addEventListener('input', () => {
    model.minConfidence = Number(confidence.value);
    document.getElementById('confidence-value').textContent = confidence.value;
    refresh();
  });
  const rank = document.getElementById('rank');
  rank.addEventListener('input', () => {
    model.rankShare = Number(rank.value) / 100;
    document.getElementById('rank-value').textContent = rank.value;
    refresh();
  });
  focusButton.addEventListener('click', () => {
    if (selection && selection.kind === 'entity') focusOn(selection.index);
  });
  unfocusButton.addEventListener('click', () => {
    model.clearFocus();
    describe();
    view.fit();
  });
  document.getElementById('fit').addEventListener('click', () => view.fit());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && event.target === document.body) select(null, -1);
  });

  describe();
  view.fit();

  const rect = () => view.canvas.getBoundingClientRect();
  window.kgView = Object.freeze({
    // Graph ids (graph.json "id") of every entity the page holds / draws now.
    entityIds: () => model.entities.map((e) => e.id),
    drawnIds: () => model.entities.filter((e) => model.shown[e.index]).map((e) => e.id),
    relationCount: () => model.shownRelations.length,
    // {kind: 'entity', id, name} or {kind: 'relation', index}, or null.
    selected: () => {
      if (!selection) return null;
      if (selection.kind === 'relation') return { kind: 'relation', index: selection.index };
      const e = model.entities[selection.index];
      return { kind: 'entity', id: e.id, name: e.name };
    },
    // Where an entity is drawn, in CSS pixels of the window (clientX/Y), or null.
    screenPosition: (id) => {
      const e = model.entities.find((x) => x.id === id);
      if (!e || !model.shown[e.index]) return null;
      const p = view.toScreen(model.position(e.index));
      return { x: rect().left + p.x, y: rect().top + p.y };
    },
    firstDrawMs: () => view.firstDrawMs,
    lastDrawMs: () => view.lastDrawMs,
    notice: () => notice.textContent,
  });
}());
