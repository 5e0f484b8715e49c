// The report form's extra questions: each category's fieldset (data-category) shows only while that category
// is chosen. Without JavaScript every fieldset stays visible and the server reads the chosen category's answers.
(function () {
  'use strict';
  var select = document.getElementById('report:category');
  var sets = document.querySelectorAll('fieldset.ioc-questions[data-category]');
  if (!select || !sets.length) {
    return;
  }
  function show() {
    sets.forEach(function (set) {
      set.hidden = set.getAttribute('data-category') !== select.value;
    });
  }
  select.addEventListener('change', show);
  show();
})();
