// Enhances the application form; the form works without it. ES5 on purpose: old phones.
// Inline validation in the page's language (messages come from the page's data attributes), and a
// draft kept in localStorage so nothing typed is lost on reload, a lost connection or a change of
// language. The draft is removed once the application is sent (the thanks page says so).
(function () {
  'use strict';
  var KEY = 'binome-apply-draft';
  var store = {
    get: function () {
      try {
        return JSON.parse(window.localStorage.getItem(KEY) || 'null');
      } catch (e) {
        return null;
      }
    },
    set: function (v) {
      try {
        window.localStorage.setItem(KEY, JSON.stringify(v));
        return true;
      } catch (e) {
        return false;
      }
    },
    clear: function () {
      try {
        window.localStorage.removeItem(KEY);
      } catch (e) {
        /* storage unavailable: nothing kept */
      }
    },
  };

  function each(list, fn) {
    for (var i = 0; i < list.length; i++) fn(list[i], i);
  }

  function start() {
    if (document.body.getAttribute('data-clear-draft')) store.clear();
    var form = document.getElementById('apply');
    if (!form) return;
    form.setAttribute('novalidate', '');

    function message(kind, label) {
      return (form.getAttribute('data-m-' + kind) || '').replace('{field}', label);
    }

    function controls(wrapper) {
      return wrapper.querySelectorAll('input,select,textarea');
    }

    function problemOf(wrapper) {
      var list = controls(wrapper);
      var kind = wrapper.getAttribute('data-kind');
      var filled = false;
      var wrong = false;
      each(list, function (c) {
        if (c.type === 'radio' || c.type === 'checkbox') filled = filled || c.checked;
        else filled = filled || c.value.replace(/\s+/g, '') !== '';
        if (c.validity && !c.validity.valid && !c.validity.valueMissing) wrong = true;
      });
      if (!filled) return wrapper.hasAttribute('data-required') ? (kind === 'consent' ? 'consent' : 'required') : null;
      return wrong ? (kind === 'email' || kind === 'phone' || kind === 'date' ? kind : 'invalid') : null;
    }

    function show(wrapper) {
      var field = wrapper.getAttribute('data-field');
      var problem = problemOf(wrapper);
      var err = document.getElementById(field + '-err');
      var target = wrapper.querySelector('fieldset') || controls(wrapper)[0];
      if (!problem) {
        if (err) err.parentNode.removeChild(err);
        if (target) {
          target.removeAttribute('aria-invalid');
          target.removeAttribute('aria-describedby');
        }
        return true;
      }
      if (!err) {
        err = document.createElement('p');
        err.className = 'err';
        err.id = field + '-err';
        wrapper.appendChild(err);
      }
      err.textContent = message(problem, wrapper.getAttribute('data-label'));
      if (target) {
        target.setAttribute('aria-invalid', 'true');
        target.setAttribute('aria-describedby', err.id);
      }
      return false;
    }

    var wrappers = form.querySelectorAll('[data-field]');
    each(wrappers, function (w) {
      var shown = function () {
        return document.getElementById(w.getAttribute('data-field') + '-err');
      };
      // A new problem is shown once the person leaves the field, not while they type; a problem
      // already shown goes away as soon as the answer is right, while they type, so that the page
      // does not move under their finger when they tap the next field.
      w.addEventListener('change', function () {
        show(w);
      });
      w.addEventListener('input', function () {
        if (shown()) show(w);
      });
    });

    form.addEventListener('submit', function (event) {
      var first = null;
      each(wrappers, function (w) {
        if (!show(w) && !first) first = w;
      });
      if (first) {
        event.preventDefault();
        var c = controls(first)[0];
        if (c) c.focus();
      }
    });

    // The draft: every named control but the notice version (always the page's own).
    var note = document.getElementById('draft');
    function save() {
      var draft = {};
      each(form.elements, function (c) {
        if (!c.name || c.name === 'noticeVersion' || c.type === 'hidden') return;
        if (c.type === 'checkbox' || c.type === 'radio') {
          if (!draft[c.name]) draft[c.name] = [];
          if (c.checked) draft[c.name].push(c.value);
        } else draft[c.name] = c.value;
      });
      if (store.set(draft) && note) note.hidden = false;
    }
    function restore(draft) {
      each(form.elements, function (c) {
        if (!c.name || !Object.prototype.hasOwnProperty.call(draft, c.name)) return;
        var v = draft[c.name];
        if (c.type === 'checkbox' || c.type === 'radio') c.checked = v.indexOf(c.value) >= 0;
        else if (!c.value) c.value = v;
      });
    }
    var draft = store.get();
    // A page re-rendered with errors already holds what was posted; a fresh page takes the draft.
    if (draft && form.hasAttribute('data-restore')) restore(draft);
    if (draft && note) note.hidden = false;
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    var clear = document.getElementById('draft-clear');
    if (clear)
      clear.addEventListener('click', function () {
        store.clear();
        form.reset();
        if (note) note.hidden = true;
      });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
