var H5P = H5P || {};

/* "Spot the warning signs": statements to tick; checking scores one point for each statement judged right
   and reports an xAPI "completed" statement with that score. */
H5P.SinergiSignals = (function ($) {
  function SinergiSignals(params, contentId, extras) {
    H5P.EventDispatcher.call(this);
    this.params = params || {};
    this.items = this.params.items || [];
    var previous = (extras && extras.previousState) || {};
    this.picked = previous.picked || [];
  }
  SinergiSignals.prototype = Object.create(H5P.EventDispatcher.prototype);
  SinergiSignals.prototype.constructor = SinergiSignals;
  SinergiSignals.prototype.getMaxScore = function () { return this.items.length; };
  SinergiSignals.prototype.getCurrentState = function () { return { picked: this.picked }; };

  SinergiSignals.prototype.attach = function ($container) {
    var self = this;
    var root = $container.get(0);
    root.classList.add('sinergi-signals');
    var intro = document.createElement('p');
    intro.textContent = self.params.instructions || '';
    root.appendChild(intro);
    var list = document.createElement('ul');
    var rows = self.items.map(function (item, index) {
      var row = document.createElement('li');
      var label = document.createElement('label');
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = self.picked.indexOf(index) !== -1;
      var text = document.createElement('span');
      text.textContent = item.text;
      var why = document.createElement('span');
      why.className = 'why';
      why.hidden = true;
      text.appendChild(why);
      label.appendChild(box);
      label.appendChild(text);
      row.appendChild(label);
      list.appendChild(row);
      return { row: row, box: box, why: why, item: item };
    });
    root.appendChild(list);
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = self.params.check || 'OK';
    var result = document.createElement('p');
    result.setAttribute('role', 'status');
    button.addEventListener('click', function () {
      var score = 0;
      self.picked = [];
      rows.forEach(function (entry, index) {
        var right = entry.box.checked === Boolean(entry.item.sign);
        if (entry.box.checked) { self.picked.push(index); }
        if (right) { score += 1; }
        entry.row.className = right ? 'is-right' : 'is-wrong';
        entry.why.hidden = false;
        entry.why.textContent = (right ? self.params.right : self.params.wrong) + ' ' + (entry.item.why || '');
      });
      result.textContent = (self.params.result || ':score/:total')
        .replace(':score', score).replace(':total', rows.length);
      self.trigger('resize');  // the feedback made the content taller: let the player fit it
      self.triggerXAPIScored(score, rows.length, 'completed');
    });
    root.appendChild(button);
    root.appendChild(result);
  };
  return SinergiSignals;
})(H5P.jQuery);
