// Draws the dashboard's charts from the JSON beside each canvas (Chart.js, served from node_modules).
// The same figures are in the table under each chart, which is what screen readers read.
(function () {
  "use strict";
  if (typeof Chart === "undefined") {
    return;
  }
  const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  document.querySelectorAll("canvas[id^='chart-']").forEach(function (canvas) {
    const source = document.getElementById("data-" + canvas.id.slice("chart-".length));
    if (!source) {
      return;
    }
    const spec = JSON.parse(source.textContent);
    const horizontal = Boolean(spec.horizontal);
    const valueAxis = { beginAtZero: true };
    if (spec.max) {
      valueAxis.max = spec.max;
    }
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (set) {
          return {
            label: set.label,
            data: set.data,
            backgroundColor: set.color,
            borderColor: set.color,
            tension: 0.2,
          };
        }),
      },
      options: {
        indexAxis: horizontal ? "y" : "x",
        maintainAspectRatio: false,
        animation: reducedMotion ? false : undefined,
        plugins: { legend: { display: spec.datasets.length > 1 } },
        scales: horizontal ? { x: valueAxis } : { y: valueAxis },
      },
    });
  });
})();
