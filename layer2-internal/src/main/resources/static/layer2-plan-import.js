// Imports the year's teaching assignments from a spreadsheet: the API previews every line and its errors
// (commit=false); only a file without errors may be committed (commit=true), replacing the year's assignments whole.
// The session cookie authenticates, so the CSRF token goes in the X-CSRF-Token header. Cells are set as text, never HTML.
(function () {
  var form = document.getElementById('assignment-import');
  if (!form) {
    return;
  }
  var preview = document.getElementById('import-preview');
  var status = document.getElementById('import-status');
  var errors = document.getElementById('import-errors');
  var lines = document.getElementById('import-lines');
  var commit = document.getElementById('import-commit');

  function send(commitIt, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action + '&commit=' + commitIt);
    xhr.setRequestHeader('X-CSRF-Token', form.dataset.csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
      done(xhr.status, body);
    };
    xhr.onerror = function () {
      status.textContent = 'Mất kết nối: hãy thử lại. / The connection failed: try again.';
    };
    xhr.send(new FormData(form));
  }

  function fill(table, rows) {
    var body = table.querySelector('tbody');
    body.textContent = '';
    rows.forEach(function (cells) {
      var tr = document.createElement('tr');
      cells.forEach(function (cell) {
        var td = document.createElement('td');
        td.textContent = cell;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  function problem(body) {
    return (body.detail || 'Không nhập được tệp.') + (body.detailEn ? ' / ' + body.detailEn : '');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    commit.hidden = true;
    send(false, function (code, body) {
      preview.hidden = false;
      if (code !== 200) {
        status.textContent = problem(body);
        errors.hidden = true;
        fill(lines, []);
        return;
      }
      var found = body.errors || [];
      fill(errors, found.map(function (e) { return [String(e.line), e.messageVi + ' / ' + e.messageEn]; }));
      errors.hidden = found.length === 0;
      fill(lines, (body.assignments || []).map(function (a) { return [a.className, a.subject, a.username]; }));
      status.textContent = body.canCommit
        ? (body.assignments.length + ' phân công, không có lỗi: có thể ghi. / No errors: ready to commit.')
        : (found.length + ' lỗi: sửa tệp rồi xem trước lại; chưa ghi gì. / Errors: fix the file and preview again; nothing was saved.');
      commit.hidden = !body.canCommit;
    });
  });

  commit.addEventListener('click', function () {
    commit.hidden = true;
    send(true, function (code, body) {
      if (code === 201) {
        status.textContent = 'Đã ghi phân công của năm học. / Saved.';
        window.setTimeout(function () { window.location.reload(); }, 800);
      } else {
        status.textContent = problem(body);
      }
    });
  });
}());
