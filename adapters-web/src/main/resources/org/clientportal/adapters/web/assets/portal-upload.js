// Files for a request: chosen or dropped, checked against the limits the page states before anything
// is sent, then streamed to the portal API's upload route with the session's CSRF token. A new
// request with files is filed through the portal API first, then its files attached; without files
// the form is posted as it is.
(function () {
  var zone = document.querySelector('[data-drop-zone]');
  if (!zone) {
    return;
  }
  var input = zone.querySelector('input[type=file]');
  var chosen = zone.querySelector('[data-chosen]');
  var maxFiles = Number(input.dataset.maxFiles);
  var maxBytes = Number(input.dataset.maxBytes);
  var form = zone.closest('form');

  function size(bytes) {
    return bytes < 1048576 ? (bytes / 1024).toFixed(1) + ' KB' : (bytes / 1048576).toFixed(1) + ' MB';
  }

  function problems() {
    var found = [];
    if (input.files.length > maxFiles) {
      found.push('Choose at most ' + maxFiles + ' files.');
    }
    Array.prototype.forEach.call(input.files, function (file) {
      if (file.size > maxBytes) {
        found.push(file.name + ' is larger than ' + size(maxBytes) + '.');
      }
    });
    return found;
  }

  function show() {
    chosen.textContent = '';
    Array.prototype.forEach.call(input.files, function (file) {
      var item = document.createElement('li');
      item.textContent = file.name + ' (' + size(file.size) + ')';
      if (file.size > maxBytes) {
        item.className = 'too-large';
        item.textContent += ' — too large';
      }
      chosen.appendChild(item);
    });
    var found = problems();
    refuse(found.join(' '), {});
  }

  function refuse(message, fields) {
    var box = document.getElementById('request-refusal');
    box.textContent = message;
    box.hidden = !message;
    document.querySelectorAll('[id^="error-"]').forEach(function (element) {
      element.textContent = fields[element.id.substring(6)] || '';
    });
  }

  function refuseWith(response) {
    return response.json().then(function (problem) {
      var fields = {};
      (problem.errors || []).forEach(function (error) {
        fields[error.field] = error.message;
      });
      refuse(problem.detail || 'The request was refused.', fields);
      throw new Error(problem.detail);
    }, function () {
      refuse('The portal did not answer as expected (' + response.status + '); try again.', {});
      throw new Error(String(response.status));
    });
  }

  function send(method, url, body, contentType) {
    var headers = {'X-CSRF-Token': form.dataset.csrf};
    if (contentType) {
      headers['Content-Type'] = contentType;
    }
    return fetch(url, {method: method, headers: headers, body: body, credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.json() : refuseWith(response);
      });
  }

  function upload(key) {
    var files = new FormData();
    Array.prototype.forEach.call(input.files, function (file) {
      files.append('file', file, file.name);
    });
    return send('POST', '/portal/api/v1/requests/' + encodeURIComponent(key) + '/attachments', files);
  }

  zone.addEventListener('dragover', function (event) {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', function () {
    zone.classList.remove('dragging');
  });
  zone.addEventListener('drop', function (event) {
    event.preventDefault();
    zone.classList.remove('dragging');
    var all = new DataTransfer();
    Array.prototype.forEach.call(input.files, function (file) { all.items.add(file); });
    Array.prototype.forEach.call(event.dataTransfer.files, function (file) { all.items.add(file); });
    input.files = all.files;
    show();
  });
  input.addEventListener('change', show);

  form.addEventListener('submit', function (event) {
    var found = problems();
    if (found.length) {
      event.preventDefault();
      refuse(found.join(' '), {});
      return;
    }
    if (form.dataset.request) {
      event.preventDefault();
      if (input.files.length) {
        upload(form.dataset.request).then(function () { window.location.reload(); }, function () {});
      }
      return;
    }
    if (!input.files.length) {
      return;
    }
    event.preventDefault();
    var fields = new FormData(form);
    var request = {kind: fields.get('kind'), title: fields.get('title')};
    if (fields.get('projectId')) {
      request.projectId = fields.get('projectId');
    }
    if (fields.get('description')) {
      request.description = fields.get('description');
    }
    send('POST', '/portal/api/v1/requests', JSON.stringify(request), 'application/json')
      .then(function (filed) {
        return upload(filed.key).then(function () {
          window.location.assign('/portal/requests/' + encodeURIComponent(filed.key));
        }, function () {
          window.location.assign('/portal/requests/' + encodeURIComponent(filed.key));
        });
      }, function () {});
  });
})();
