// Editors' pages of the public site: JSON forms (albums, captions, the article plan) and uploads (an album's
// photos in bulk, the school's logo) with a progress bar (XHR, because fetch() cannot report upload progress).
// The session cookie authenticates, so the CSRF token goes in the X-CSRF-Token header. No third-party code.
(function () {
  function problemText(body, fallback) {
    var text = body.detail || fallback;
    if (body.detailEn) {
      text += ' / ' + body.detailEn;
    }
    if (body.errors && body.errors.length) {
      text += ': ' + body.errors.map(function (e) { return e.message || e.detail || e; }).join('; ');
    }
    return text;
  }

  function parse(xhr) {
    try { return JSON.parse(xhr.responseText); } catch (ignored) { return {}; }
  }

  function send(method, url, csrf, payload, isJson, onProgress, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.setRequestHeader('Accept', 'application/json');
    if (isJson) {
      xhr.setRequestHeader('Content-Type', 'application/json');
    }
    if (onProgress) {
      xhr.upload.onprogress = onProgress;
    }
    xhr.onload = function () { done(xhr.status, parse(xhr)); };
    xhr.onerror = function () { done(0, {}); };
    xhr.send(payload);
  }

  Array.prototype.forEach.call(document.querySelectorAll('form.json-form'), function (form) {
    var status = form.querySelector('.form-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = {};
      Array.prototype.forEach.call(form.elements, function (field) {
        if (field.name && field.value !== '') {
          body[field.name] = field.type === 'number' ? Number(field.value) : field.value;
        }
      });
      send(form.dataset.method || 'POST', form.action, form.dataset.csrf, JSON.stringify(body), true, null,
        function (code, reply) {
          if (code >= 200 && code < 300) {
            status.textContent = 'Đã lưu. / Saved.';
            if (form.dataset.next) {
              window.location.href = form.dataset.next.replace('{id}', reply.id);
            } else {
              window.location.reload();
            }
          } else {
            status.textContent = code === 0 ? 'Mất kết nối: hãy thử lại. / The connection failed: try again.'
              : problemText(reply, 'Không lưu được. / Not saved.');
          }
        });
    });
  });

  // Multipart uploads (an album's photos, the school's logo): the form's own progress bar and status line.
  Array.prototype.forEach.call(document.querySelectorAll('form.upload-form'), function (upload) {
    var bar = upload.querySelector('progress');
    var status = upload.querySelector('[role=status]');
    upload.addEventListener('submit', function (event) {
      event.preventDefault();
      bar.hidden = false;
      bar.value = 0;
      status.textContent = 'Đang tải lên… / Uploading…';
      send('POST', upload.action, upload.dataset.csrf, new FormData(upload), false, function (e) {
        if (e.lengthComputable) {
          bar.value = Math.round(e.loaded * 100 / e.total);
        }
      }, function (code, reply) {
        if (code === 200 || code === 201) {
          status.textContent = Array.isArray(reply) ? 'Đã tải lên ' + reply.length + ' ảnh. / Uploaded '
            + reply.length + ' photos.' : 'Đã tải lên. / Uploaded.';
          window.setTimeout(function () { window.location.reload(); }, 1000);
        } else {
          bar.hidden = true;
          status.textContent = code === 0 ? 'Mất kết nối khi tải lên: hãy thử lại. / The connection failed: try again.'
            : problemText(reply, 'Tải lên không thành công. / The upload failed.');
        }
      });
    });
  });
}());
