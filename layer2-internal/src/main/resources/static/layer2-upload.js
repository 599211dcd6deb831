// Uploads e-lectures with a progress bar: XHR because fetch() cannot report upload progress.
// The session cookie authenticates, so the CSRF token goes in the X-CSRF-Token header.
(function () {
  var form = document.getElementById('lecture-upload');
  if (!form) {
    return;
  }
  var bar = document.getElementById('upload-progress');
  var status = document.getElementById('upload-status');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('X-CSRF-Token', form.dataset.csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.hidden = false;
        bar.value = Math.round(e.loaded * 100 / e.total);
      }
    };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON */ }
      if (xhr.status === 201 || xhr.status === 200) {
        status.textContent = body.duplicate
          ? 'Bài giảng này đã có trên hệ thống (không tính hai lần). / Already uploaded.'
          : 'Đã tải lên. / Uploaded.';
        window.setTimeout(function () { window.location.reload(); }, 1200);
      } else {
        status.textContent = (body.detail || 'Tải lên không thành công.') + (body.detailEn ? ' / ' + body.detailEn : '');
      }
    };
    xhr.onerror = function () {
      status.textContent = 'Mất kết nối khi tải lên: hãy thử lại. / The connection failed: try again.';
    };
    var data = new FormData(form);
    // A choice of the teaching plan is "subject|class|grade": the API takes the three fields.
    var assignment = data.get('assignment');
    if (assignment) {
      var parts = assignment.split('|');
      data.delete('assignment');
      data.append('subject', parts[0]);
      data.append('className', parts[1]);
      data.append('grade', parts[2]);
    }
    xhr.send(data);
  });
}());
