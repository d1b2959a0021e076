window.addEventListener('load', async () => {
  const out = {};
  try {
    const text = document.getElementById('src').textContent;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    await mermaid.parse(text);
    const { svg } = await mermaid.render('d', text);
    const host = document.createElement('div'); host.style.width = '890px'; host.innerHTML = svg; document.body.appendChild(host);
    const box = e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
    out.clusters = [...host.querySelectorAll('g.cluster')].map(g => [g.id, box(g.querySelector('rect') || g)]);
    const nodes = [...host.querySelectorAll('g.node')].map(g => [(g.id.match(/flowchart-(s\d+)-/) || [])[1], box(g.querySelector('rect,polygon,path') || g)]);
    out.nodes = nodes.length;
    out.through = [];
    for (const p of host.querySelectorAll('path.flowchart-link')) {
      const m = p.id.match(/(s\d+)[-_](s\d+)/); if (!m) continue;
      const len = p.getTotalLength(), ctm = p.getScreenCTM();
      for (let i = 1; i < 60; i++) {
        const q = p.getPointAtLength(len * i / 60);
        const x = q.x * ctm.a + q.y * ctm.c + ctm.e, y = q.x * ctm.b + q.y * ctm.d + ctm.f;
        const hit = nodes.find(([id, b]) => id !== m[1] && id !== m[2] && x > b[0] + 2 && x < b[2] - 2 && y > b[1] + 2 && y < b[3] - 2);
        if (hit) { out.through.push(m[1] + '->' + m[2] + ' through ' + hit[0]); break; }
      }
    }
    out.title = (host.querySelector('.flowchartTitleText') || {}).textContent || null;
    out.width = box(host.querySelector('svg'));
    // The size the step names come out at in a Markdown column 890 px wide.
    const drawnSvg = host.querySelector('svg');
    const label = host.querySelector('g.node .nodeLabel, g.node text');
    const scale = drawnSvg.getBoundingClientRect().width / (drawnSvg.viewBox.baseVal.width || 1);
    out.font = label ? parseFloat(getComputedStyle(label).fontSize) * scale : null;
  } catch (e) { out.error = String(e && e.message || e); }
  const p = document.createElement('pre'); p.id = 'probe'; p.textContent = JSON.stringify(out); document.body.appendChild(p);
});
