// The rich-text editor of posts, introduction pages and disclosure text: Quill 2 (BSD-3-Clause, served from
// static/quill-2.0.3.js) over every textarea marked data-rich-text. Without JavaScript the textarea itself is the
// editor (HTML). Whatever is sent, the server's sanitiser decides what is kept. Works under the portal's CSP: no
// inline script or style, images only from the portal (uploaded, never data: URLs nor pictures hotlinked from
// elsewhere: the sanitiser drops those, so the editor drops them first and says so).
(function () {
  if (!window.Quill) {
    return;
  }
  // Only what the sanitiser keeps: pasted colours, fonts and sizes (Word) are dropped while pasting already.
  var FORMATS = ['bold', 'italic', 'underline', 'link', 'header', 'list', 'blockquote', 'image', 'table'];
  var IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/bmp'];

  function button(format, value, label, text) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'ql-' + format;
    if (value) {
      b.value = value;
    }
    b.setAttribute('aria-label', label);
    b.title = label;
    if (text) {
      b.textContent = text;
    }
    return b;
  }

  function toolbar(images) {
    var bar = document.createElement('div');
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', 'Định dạng / Formatting');
    var groups = [
      [['header', '2', 'Tiêu đề lớn / Heading'], ['header', '3', 'Tiêu đề nhỏ / Subheading']],
      [['bold', null, 'Chữ đậm / Bold'], ['italic', null, 'Chữ nghiêng / Italic'],
        ['underline', null, 'Gạch chân / Underline']],
      [['list', 'ordered', 'Danh sách đánh số / Numbered list'], ['list', 'bullet', 'Danh sách / Bulleted list'],
        ['blockquote', null, 'Trích dẫn / Quote']],
      [['link', null, 'Liên kết / Link']].concat(images ? [['image', null, 'Chèn ảnh / Insert image']] : []),
      [['table', null, 'Chèn bảng 3×3 / Insert a 3×3 table'],
        ['table-row', null, 'Thêm hàng / Add a row', '+ hàng'],
        ['table-column', null, 'Thêm cột / Add a column', '+ cột'],
        ['table-delete', null, 'Xoá bảng / Delete the table', '− bảng']],
      [['clean', null, 'Xoá định dạng / Clear formatting']]
    ];
    groups.forEach(function (group) {
      var span = document.createElement('span');
      span.className = 'ql-formats';
      group.forEach(function (b) {
        span.appendChild(button(b[0], b[1], b[2], b[3]));
      });
      bar.appendChild(span);
    });
    return bar;
  }

  // A pasted data: URL picture (a screenshot some programs paste as HTML) as a file to upload.
  function fileOfDataUrl(src) {
    var m = /^data:(image\/(jpeg|png|gif|bmp));base64,([a-z0-9+\/=\s]+)$/i.exec(src);
    if (!m) {
      return null;
    }
    var data = atob(m[3].replace(/\s/g, ''));
    var bytes = new Uint8Array(data.length);
    for (var i = 0; i < data.length; i++) {
      bytes[i] = data.charCodeAt(i);
    }
    return new File([bytes], 'anh-dan.' + m[2].toLowerCase(), { type: m[1].toLowerCase() });
  }

  // The address of a picture the portal stores for this school (what the editor's upload and the importers write),
  // as the sanitiser keeps it: the path, also when the browser copied it as a full address of this site.
  function ownPicture(src, prefix) {
    var url;
    try { url = new URL(src, location.href); } catch (ignored) { return null; }
    return prefix && url.origin === location.origin && !url.search && !url.hash
      && url.pathname.indexOf(prefix) === 0 && /^(anh|tep-bai-viet)\/[0-9]+$/.test(url.pathname.slice(prefix.length))
      ? url.pathname : null;
  }

  function problemText(body, fallback) {
    return (body.detail || fallback) + (body.detailEn ? ' / ' + body.detailEn : '');
  }

  // Asks for the image's description (alt text) in a dialog of the page; resolves with the text typed.
  function askAlt(dialog, fileName, done) {
    var input = dialog.querySelector('input');
    input.value = fileName.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]+/g, ' ');
    dialog.onclose = function () {
      done(input.value.trim());
    };
    dialog.showModal();
    input.select();
  }

  function altDialog(id) {
    var dialog = document.createElement('dialog');
    dialog.className = 'alt-dialog';
    var form = document.createElement('form');
    form.method = 'dialog';
    var label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = 'Mô tả ảnh cho người không xem được ảnh / Describe the image (alt text)';
    var input = document.createElement('input');
    input.id = id;
    input.maxLength = 300;
    var ok = document.createElement('button');
    ok.textContent = 'Chèn ảnh / Insert';
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(ok);
    dialog.appendChild(form);
    return dialog;
  }

  function setUp(textarea, n) {
    var uploadUrl = textarea.dataset.imageUpload;
    var wrapper = document.createElement('div');
    wrapper.className = 'rich-text';
    var bar = toolbar(!!uploadUrl);
    var area = document.createElement('div');
    var progress = document.createElement('progress');
    progress.max = 100;
    progress.hidden = true;
    progress.setAttribute('aria-label', 'Đang tải ảnh lên / Uploading the image');
    var status = document.createElement('p');
    status.className = 'form-status';
    status.setAttribute('role', 'status');
    // Pictures dropped while pasting: said apart from the uploads' progress, which would overwrite it.
    var notice = document.createElement('p');
    notice.className = 'form-status rich-text-notice';
    notice.setAttribute('role', 'status');
    var source = document.createElement('button');
    source.type = 'button';
    source.className = 'rich-text-source';
    source.textContent = 'Sửa mã HTML / Edit the HTML';
    var picker = document.createElement('input');
    picker.type = 'file';
    picker.accept = IMAGE_TYPES.join(',');
    picker.hidden = true;
    picker.tabIndex = -1;
    picker.setAttribute('aria-hidden', 'true');
    var dialog = altDialog('alt-' + n);
    [bar, area, progress, status, notice, source, picker, dialog].forEach(function (el) {
      wrapper.appendChild(el);
    });
    textarea.parentNode.insertBefore(wrapper, textarea);
    textarea.hidden = true;

    var quill;
    function upload(files, index) {
      var file = files.shift();
      if (!file) {
        return;
      }
      if (IMAGE_TYPES.indexOf(file.type) < 0) {
        status.textContent = 'Chỉ chèn được ảnh JPEG, PNG, GIF, BMP. / Only JPEG, PNG, GIF and BMP images.';
        return;
      }
      var form = new FormData();
      form.append('file', file, file.name || 'anh.png');
      var xhr = new XMLHttpRequest();
      xhr.open('POST', uploadUrl);
      xhr.setRequestHeader('X-CSRF-Token', textarea.dataset.csrf);
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.onprogress = function (e) {
        if (e.lengthComputable) {
          progress.value = Math.round(e.loaded * 100 / e.total);
        }
      };
      xhr.onload = function () {
        progress.value = 100;
        progress.hidden = true;
        var reply = {};
        try { reply = JSON.parse(xhr.responseText); } catch (ignored) { /* not JSON: the fallback text */ }
        if (xhr.status !== 201) {
          status.textContent = problemText(reply, 'Không tải được ảnh lên. / The upload failed.');
          return;
        }
        status.textContent = 'Đã tải ảnh lên. / Image uploaded.';
        askAlt(dialog, file.name || '', function (alt) {
          quill.insertEmbed(index, 'image', reply.url, 'user');
          var img = quill.getLeaf(index + 1)[0].domNode;
          img.setAttribute('alt', alt);
          img.setAttribute('width', reply.width);
          img.setAttribute('height', reply.height);
          quill.setSelection(index + 1, 0, 'silent');
          upload(files, index + 1);
        });
      };
      xhr.onerror = function () {
        progress.hidden = true;
        status.textContent = 'Mất kết nối khi tải ảnh: hãy thử lại. / The connection failed: try again.';
      };
      progress.value = 0;
      progress.hidden = false;
      status.textContent = 'Đang tải ảnh lên… / Uploading…';
      xhr.send(form);
    }

    function table() {
      return quill.getModule('table');
    }

    quill = new Quill(area, {
      theme: 'snow',
      formats: FORMATS,
      modules: {
        table: true,
        toolbar: {
          container: bar,
          handlers: {
            image: function () { picker.click(); },
            table: function () { table().insertTable(3, 3); },
            'table-row': function () { table().insertRowBelow(); },
            'table-column': function () { table().insertColumnRight(); },
            'table-delete': function () { table().deleteTable(); }
          }
        },
        uploader: {
          mimetypes: uploadUrl ? IMAGE_TYPES : [],
          handler: function (range, files) { upload(Array.prototype.slice.call(files), range.index); }
        }
      }
    });
    // Pictures in pasted or loaded HTML: the school's own are kept, data: URLs uploaded, the others dropped (the
    // sanitiser would drop them on saving) and counted in the notice under the editor.
    var Delta = Quill.import('delta');
    var dropped = 0;
    var toUpload = [];
    quill.clipboard.addMatcher('img', function (node, delta) {
      var src = node.getAttribute('src') || '';
      var own = ownPicture(src, textarea.dataset.pictures);
      if (own) {
        return new Delta(delta.ops.map(function (op) {
          return op.insert && op.insert.image ? { insert: { image: own }, attributes: op.attributes } : op;
        }));
      }
      var file = uploadUrl && fileOfDataUrl(src);
      if (file) {
        toUpload.push(file);
      } else {
        dropped++;
      }
      return new Delta();
    });
    // Runs a conversion of HTML (which inserts it), then says what was dropped and uploads the data: pictures.
    // A conversion that drops nothing clears the last notice.
    function pictures(convert, droppedText) {
      dropped = 0;
      toUpload = [];
      convert();
      notice.textContent = dropped > 0 ? droppedText.replace(/{n}/g, dropped) : '';
      if (toUpload.length) {
        upload(toUpload, quill.getSelection(true).index);
      }
    }
    function load(html) {
      pictures(function () { quill.setContents(quill.clipboard.convert({ html: html }), 'silent'); },
        'Đã bỏ {n} ảnh không lưu trên cổng: hãy tải ảnh lên bằng nút Chèn ảnh hoặc kéo thả tệp.'
          + ' / {n} picture(s) not stored by the portal removed: upload them with the Image button or drop the files.');
    }
    // Quill's paste converts the clipboard's HTML (through the matcher above) and places the cursor after it.
    var paste = quill.clipboard.onPaste.bind(quill.clipboard);
    quill.clipboard.onPaste = function (range, data) {
      pictures(function () { paste(range, data); },
        'Đã bỏ {n} ảnh dán từ nơi khác: hãy tải ảnh lên bằng nút Chèn ảnh hoặc kéo thả tệp.'
          + ' / {n} picture(s) pasted from elsewhere removed: upload them with the Image button or drop the files.');
    };

    quill.root.setAttribute('aria-label', document.querySelector('label[for="' + textarea.id + '"]').textContent);
    quill.root.setAttribute('aria-multiline', 'true');
    quill.root.setAttribute('role', 'textbox');
    var linkBox = wrapper.querySelector('.ql-tooltip input');
    if (linkBox) {
      linkBox.setAttribute('aria-label', 'Địa chỉ liên kết / Link address');
    }
    load(textarea.value);

    picker.addEventListener('change', function () {
      var range = quill.getSelection(true);
      upload(Array.prototype.slice.call(picker.files), range ? range.index : quill.getLength());
      picker.value = '';
    });

    // Quill 2.0.3 writes every space as &nbsp;: plain spaces again, so lines wrap on the public pages.
    function html() {
      return quill.getText().trim() === '' && !quill.root.querySelector('img, table') ? ''
        : quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
    }

    source.addEventListener('click', function () {
      if (textarea.hidden) {
        textarea.value = html();
        textarea.hidden = false;
        bar.hidden = true;
        area.hidden = true;
        source.textContent = 'Trở về trình soạn thảo / Back to the editor';
      } else {
        textarea.hidden = true;
        bar.hidden = false;
        area.hidden = false;
        load(textarea.value);
        source.textContent = 'Sửa mã HTML / Edit the HTML';
      }
    });

    textarea.form.addEventListener('submit', function () {
      if (textarea.hidden) {
        textarea.value = html();
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('textarea[data-rich-text]'), setUp);
}());
