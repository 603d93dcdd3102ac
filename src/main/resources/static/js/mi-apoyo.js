// Mi Apoyo: reads the form, shrinks the photos to what the API accepts, exports the signature,
// adds the location when the citizen allows it, and posts the record to the mobile API as the
// app does (JSON, base64 images, a submissionId generated here so a retry creates nothing new).
(function () {
  'use strict';
  var form = document.getElementById('mi-apoyo');
  if (!form) { return; }
  var maxBytes = Number(form.dataset.maxBytes);
  var minWidth = Number(form.dataset.minWidth);
  var minHeight = Number(form.dataset.minHeight);
  var MAX_SIDE = 1600; // enough to read a credential, small enough for phones' uplinks
  var errorBox = document.getElementById('error');
  var submissionId = newUuid();

  function newUuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // --- photos: preview, then downscale and re-encode as JPEG within the API's limit ----------
  var photos = {};
  ['anverso', 'reverso', 'fotoViva'].forEach(function (name) {
    var input = document.getElementById(name);
    var preview = document.getElementById(name + '-preview');
    input.addEventListener('change', function () {
      photos[name] = null;
      var file = input.files[0];
      if (!file) { preview.hidden = true; return; }
      var label = document.querySelector('label[for="' + name + '"]').textContent;
      photos[name] = loadImage(file).then(function (image) {
        if (image.naturalWidth < minWidth || image.naturalHeight < minHeight) {
          throw new Error('La imagen "' + label + '" es muy pequeña: debe medir al menos '
            + minWidth + ' × ' + minHeight + ' píxeles.');
        }
        return shrink(image, label);
      });
      photos[name].then(function (dataUrl) {
        fieldError(input, '');
        preview.src = dataUrl; preview.alt = 'Vista previa: ' + label; preview.hidden = false;
      }, function (e) { preview.hidden = true; fieldError(input, e.message); });
    });
  });

  function loadImage(file) {
    return new Promise(function (resolve, reject) {
      var url = URL.createObjectURL(file);
      var image = new Image();
      image.onload = function () { URL.revokeObjectURL(url); resolve(image); };
      image.onerror = function () { URL.revokeObjectURL(url); reject(new Error('El archivo "' + file.name + '" no es una imagen.')); };
      image.src = url;
    });
  }

  function shrink(image, label) {
    var scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
    for (var quality = 0.85; quality >= 0.4; quality -= 0.15) {
      var canvas = document.createElement('canvas');
      canvas.width = Math.round(image.naturalWidth * scale);
      canvas.height = Math.round(image.naturalHeight * scale);
      var context = canvas.getContext('2d');
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      var dataUrl = canvas.toDataURL('image/jpeg', quality);
      if (base64Bytes(dataUrl) <= maxBytes) { return dataUrl; }
    }
    throw new Error('La imagen "' + label + '" es demasiado pesada; tómala de nuevo con menos detalle.');
  }

  function base64Bytes(dataUrl) {
    return Math.floor((dataUrl.length - dataUrl.indexOf(',') - 1) * 3 / 4);
  }

  // --- signature: pointer events on a canvas, exported as PNG --------------------------------
  var pad = document.getElementById('firma');
  var pen = pad.getContext('2d');
  var signed = false;
  var last = null;
  function clearPad() {
    pen.fillStyle = '#fff';
    pen.fillRect(0, 0, pad.width, pad.height);
    signed = false;
  }
  function point(event) {
    var box = pad.getBoundingClientRect();
    return { x: (event.clientX - box.left) * pad.width / box.width, y: (event.clientY - box.top) * pad.height / box.height };
  }
  pad.addEventListener('pointerdown', function (event) {
    pad.setPointerCapture(event.pointerId);
    last = point(event);
  });
  pad.addEventListener('pointermove', function (event) {
    if (!last) { return; }
    var next = point(event);
    pen.strokeStyle = '#1b1b1b'; pen.lineWidth = 3; pen.lineCap = 'round';
    pen.beginPath(); pen.moveTo(last.x, last.y); pen.lineTo(next.x, next.y); pen.stroke();
    last = next;
    signed = true;
  });
  ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (type) {
    pad.addEventListener(type, function () { last = null; });
  });
  document.getElementById('firma-borrar').addEventListener('click', clearPad);
  clearPad();

  // --- location: only if the citizen allows it, and never holding the submission for long ----
  function location() {
    return new Promise(function (resolve) {
      if (!navigator.geolocation) { resolve(null); return; }
      var timer = setTimeout(function () { resolve(null); }, 8000);
      navigator.geolocation.getCurrentPosition(function (p) {
        clearTimeout(timer);
        resolve({ lat: p.coords.latitude, lon: p.coords.longitude });
      }, function () { clearTimeout(timer); resolve(null); }, { timeout: 7000, maximumAge: 600000 });
    });
  }

  // --- checks before sending: the fields' own constraints (required, pattern, min), rendered by the
  // server from the rules it applies on receiving, each message shown beside its field ------------
  ['claveElector', 'curp'].forEach(function (id) {
    var field = document.getElementById(id);
    field.addEventListener('input', function () {
      var at = field.selectionStart;
      field.value = field.value.toUpperCase(); // the formats are upper case; phones' keyboards may not be
      field.setSelectionRange(at, at);
    });
  });

  function fieldError(field, message) {
    var box = document.getElementById(field.id + '-error');
    box.textContent = message;
    box.hidden = !message;
    if (message) { field.setAttribute('aria-invalid', 'true'); } else { field.removeAttribute('aria-invalid'); }
  }

  /** Marks every field the server would refuse; the first of them, or null when all pass. */
  function checkFields() {
    var first = null;
    Array.prototype.forEach.call(form.querySelectorAll('[aria-describedby$="-error"]'), function (field) {
      // spaces alone satisfy "required" but not the server, which trims
      var blank = field.required && field.type !== 'file' && field.value.trim() === '';
      var invalid = field === pad ? !signed : blank || !field.checkValidity();
      fieldError(field, invalid ? field.dataset.message || form.dataset.required : '');
      if (invalid && !first) { first = field; }
    });
    return first;
  }

  // --- submission ---------------------------------------------------------------------------
  function showError(message) {
    errorBox.textContent = message;
    if (message) { errorBox.scrollIntoView({ block: 'center' }); }
  }

  /** A refusal that names its field ("citizen.vigencia", "images.anverso") is shown beside it. */
  function showRefusal(answer) {
    var field = answer.field && document.getElementById(answer.field.split('.').pop());
    if (field && document.getElementById(field.id + '-error')) {
      fieldError(field, answer.message);
      field.scrollIntoView({ block: 'center' });
      field.focus();
      return true;
    }
    return false;
  }

  function value(id) {
    var text = document.getElementById(id).value.trim();
    return text === '' ? null : text;
  }

  function number(id) {
    var text = value(id);
    return text === null ? null : Number(text);
  }

  function base64(dataUrl) {
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    showError('');
    var actor = document.getElementById('actor');
    var invalid = checkFields();
    if (invalid) {
      showError('Revisa los datos marcados antes de enviar.');
      invalid.scrollIntoView({ block: 'center' });
      if (invalid !== pad) { invalid.focus(); }
      return;
    }
    var button = document.getElementById('enviar');
    button.disabled = true;
    Promise.all([photos.anverso, photos.reverso, photos.fotoViva, location()]).then(function (done) {
      var record = {
        submissionId: submissionId,
        processCode: actor.selectedOptions[0].dataset.process,
        actorFolio: actor.value,
        channel: 'MI_APOYO',
        capturedAt: new Date().toISOString(),
        location: done[3],
        citizen: {
          claveElector: value('claveElector'), curp: value('curp'), nombre: value('nombre'),
          apellidoPaterno: value('apellidoPaterno'), apellidoMaterno: value('apellidoMaterno'),
          fechaNacimiento: value('fechaNacimiento'), sexo: value('sexo'), entidad: number('entidad'),
          seccion: number('seccion'), vigencia: number('vigencia')
        },
        images: {
          anverso: base64(done[0]), reverso: base64(done[1]), fotoViva: base64(done[2]),
          firma: base64(pad.toDataURL('image/png'))
        }
      };
      return fetch(form.dataset.api, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(record)
      }).catch(function () {
        throw new Error('No se pudo conectar con el servidor; revisa tu conexión e intenta de nuevo.');
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (answer) {
          if (!response.ok) {
            if (showRefusal(answer)) { throw new Error('Revisa el dato marcado y envía de nuevo.'); }
            throw new Error(answer.message || 'No se pudo enviar tu apoyo; intenta de nuevo en unos minutos.');
          }
          document.getElementById('codigo-recibo').textContent = answer.receiptCode;
          form.hidden = true;
          var receipt = document.getElementById('recibo');
          receipt.hidden = false;
          receipt.focus();
        });
      });
    }).catch(function (e) {
      showError(e && e.message ? e.message : 'No se pudo enviar tu apoyo; revisa tu conexión e intenta de nuevo.');
    }).then(function () { button.disabled = false; });
  });
}());
