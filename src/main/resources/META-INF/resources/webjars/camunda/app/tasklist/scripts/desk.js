// Tasklist as the control desk's review desk (a custom script of config.js: Camunda imports it
// before Tasklist starts). Tasklist knows nothing of our task, so this works beside it, through what
// it already offers: its own REST API (with its CSRF cookie, as Tasklist's plugins do), its own
// buttons, and the location hash it routes by. What it adds, only on a ControlDeskReview task:
//   - a task opened unclaimed is claimed at once (Tasklist's own «Reclamar») when the person is
//     one of its candidates, before the reviewer scrolls, so claiming never jumps the form back to
//     the top;
//   - keys 1–6 choose the decision, Enter completes (Ctrl+Enter inside the note of «Otra»); keys
//     pressed while the next record loads wait for it;
//   - after a decision is stored, a confirmation names it and the oldest unclaimed record opens,
//     already claimed, so the reviewer never goes back to the list;
//   - the filters column folds once (a reviewer has one filter) so the images get its width, and
//     they open full size on click (Esc or a click closes);
//   - form-js's English validation messages read in Spanish.
// Everywhere in Tasklist: the buttons a person may not use («Crear tarea», «Iniciar proceso») show
// only to whom the engine allows them, and labels Camunda translated before its locale file arrived
// (raw keys like CREATION_DATE) are translated once it has.

const TASK_KEY = 'ControlDeskReview';
/** The decision keys, in the order of the form's options (forms/control-desk-review.form). */
const DECISION_KEYS = ['1', '2', '3', '4', '5', '6'];
const OTRA = 5;
const CONFIRMATION_MS = 4000;
/** How long a key waits for the form it acts on (the next record loading, «Completar» enabling). */
const KEY_WAIT_MS = 5000;

const base = document.querySelector('base');
const engineName = (window.location.pathname.match(/\/tasklist\/([^/]+)/) || [null, 'default'])[1];
const engineApi = `${base.getAttribute('engine-api')}engine/${engineName}`;
const adminApi = base.getAttribute('admin-api');
const appBase = `${base.getAttribute('app-root')}/app/tasklist/`;

/** The open desk task, as the engine last answered for it, or null. */
let current = null;
/** The decision chosen in the form when it was sent, to confirm it by name. */
let sentDecision = null;
let filtersFolded = false;
/** True from a decision stored until the next record is open (or none is left). */
let opening = false;

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

async function api(path, options = {}) {
  const response = await fetch(engineApi + path, {
    credentials: 'same-origin',
    ...options,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'X-XSRF-TOKEN': csrfToken(),
      ...(options.headers || {})
    }
  });
  if (!response.ok) {
    throw new Error(`${response.status} ${path}`);
  }
  return response.status === 204 ? null : response.json();
}

const me = fetch(`${adminApi}auth/user/${engineName}`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
  .then(response => response.json())
  .then(user => user.userId);

// ---------- where Tasklist is: the task in the hash ----------

function hashParams() {
  const hash = window.location.hash;
  const query = hash.indexOf('?') < 0 ? '' : hash.substring(hash.indexOf('?') + 1);
  return new URLSearchParams(query);
}

function openTask(taskId) {
  const params = hashParams();
  params.set('task', taskId);
  params.delete('detailsTab');
  window.location.hash = '#/?' + params.toString();
}

async function followHash() {
  const taskId = hashParams().get('task');
  if (!taskId) {
    current = null;
    document.documentElement.classList.remove('desk-task');
    return;
  }
  if (current && current.id === taskId) {
    return;
  }
  let task;
  try {
    task = await api(`/task/${encodeURIComponent(taskId)}`);
  } catch (notFound) {
    task = null;
  }
  if (hashParams().get('task') !== taskId) {
    return; // the reviewer moved on meanwhile
  }
  current = task && task.taskDefinitionKey === TASK_KEY ? task : null;
  document.documentElement.classList.toggle('desk-task', !!current);
  if (current && !filtersFolded) {
    // the images get the width of the filters column (a reviewer has one filter), once: Tasklist's
    // own «‹» opens it again
    filtersFolded = true;
    document.body.classList.add('filters-column-close');
  }
  if (current && !current.assignee) {
    const candidate = await isCandidate(current.id);
    // said on the page, for whoever needs to know the desk left the record to the reviewers
    document.documentElement.dataset.deskOnlyLooking = candidate ? '' : current.id;
    if (candidate) {
      claimWithTasklist(current.id);
    }
  }
}

/**
 * Whether the signed-in person is one of the task's candidates (a reviewer of its group): an
 * operator who opens a record only to look at it does not take it from the reviewers.
 */
async function isCandidate(taskId) {
  try {
    const answer = await api('/task/count', {method: 'POST', body: JSON.stringify({taskId, candidateUser: await me})});
    return answer.count > 0;
  } catch (unknown) {
    return false;
  }
}

/** Tasklist's own «Reclamar», so it shows the task as claimed the way it always does. */
function claimWithTasklist(taskId) {
  waitFor(() => document.querySelector('.task-card [cam-tasklist-task-meta] button.claim'), 10000).then(button => {
    if (button && current && current.id === taskId && !button.disabled) {
      button.click();
      current.assignee = 'claimed';
    }
  });
}

function waitFor(find, timeoutMs) {
  return new Promise(resolve => {
    const started = Date.now();
    (function poll() {
      const found = find();
      if (found || Date.now() - started > timeoutMs) {
        resolve(found || null);
      } else {
        setTimeout(poll, 25);
      }
    })();
  });
}

window.addEventListener('hashchange', followHash);

// ---------- the decision stored: confirm it, open the next record ----------

// Tasklist sends the form through its SDK's XMLHttpRequest; a 204 to submit-form is the decision stored.
const SUBMIT = /\/task\/([^/]+)\/submit-form$/;
const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function(method, url, ...rest) {
  const submitted = method === 'POST' && SUBMIT.exec(String(url).split('?')[0]);
  if (submitted) {
    const taskId = decodeURIComponent(submitted[1]);
    this.addEventListener('load', () => {
      if (this.status === 204 && current && current.id === taskId) {
        decided(current);
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

async function decided(task) {
  const decision = sentDecision;
  const decidedForm = document.querySelector('.task-card [cam-tasklist-form-camunda]');
  if (decidedForm) {
    decidedForm.dataset.deskDecided = task.id;
  }
  opening = true;
  current = null;
  let next = null;
  try {
    next = await claimNext(await me);
  } catch (failed) {
    next = null;
  }
  // Tasklist clears the finished task from the hash after the answer; open the next one after that
  await waitFor(() => hashParams().get('task') !== task.id, 3000);
  confirm(decision, task, next);
  if (next) {
    openTask(next.id);
    await waitFor(() => current && current.id === next.id, KEY_WAIT_MS);
  }
  opening = false;
}

/** The oldest unclaimed record of the reviewer's groups, claimed; another reviewer may claim first. */
async function claimNext(userId) {
  const candidates = await api('/task?firstResult=0&maxResults=5', {
    method: 'POST',
    body: JSON.stringify({
      taskDefinitionKey: TASK_KEY,
      candidateUser: userId,
      unassigned: true,
      sorting: [{sortBy: 'created', sortOrder: 'asc'}]
    })
  });
  for (const candidate of candidates) {
    try {
      await api(`/task/${encodeURIComponent(candidate.id)}/claim`, {method: 'POST', body: JSON.stringify({userId})});
      return candidate;
    } catch (claimedByAnother) {
      // next candidate
    }
  }
  return null;
}

function confirm(decision, task, next) {
  let box = document.getElementById('desk-confirmation');
  if (!box) {
    box = document.createElement('div');
    box.id = 'desk-confirmation';
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    document.body.appendChild(box);
  }
  const what = decision ? `«${decision}»` : 'la decisión';
  box.textContent = `✔ Se guardó ${what} de ${task.name}. `
    + (next ? 'Se abrió el siguiente registro.' : 'No quedan registros por revisar.');
  box.className = 'desk-confirmation-shown';
  clearTimeout(confirm.timer);
  confirm.timer = setTimeout(() => {
    box.className = '';
  }, CONFIRMATION_MS);
}

// ---------- keys ----------

/** The open desk task's form; not the one of a task just decided, which Tasklist is taking away. */
function form() {
  const element = document.querySelector('.task-card [cam-tasklist-form-camunda]');
  return current && element && !element.dataset.deskDecided ? element : null;
}

function decisionInputs() {
  const field = form() && form().querySelector('.fjs-form-field-radio');
  return field ? Array.from(field.querySelectorAll('input[type=radio]')) : [];
}

function chosenDecision() {
  const chosen = decisionInputs().find(input => input.checked);
  const label = chosen && chosen.closest('label');
  return label ? label.textContent.trim() : null;
}

function completeButton() {
  const button = form() && document.querySelector('.task-card .form-actions button.btn-primary');
  return button && !button.disabled ? button : null;
}

async function complete() {
  // form-js takes typed text after a pause or on blur: Ctrl+Enter right after typing must not lose it
  const typed = document.activeElement;
  if (form() && form().contains(typed) && typed.matches('textarea, input')) {
    typed.blur();
    await new Promise(resolve => setTimeout(resolve, 0));
  }
  const button = await waitFor(completeButton, KEY_WAIT_MS);
  if (button) {
    sentDecision = chosenDecision();
    button.click();
  }
}

async function choose(index) {
  const input = await waitFor(() => {
    const found = decisionInputs()[index];
    return found && !found.disabled ? found : null;
  }, KEY_WAIT_MS);
  if (!input) {
    return;
  }
  input.click();
  if (index === OTRA) {
    const note = await waitFor(() => form() && form().querySelector('textarea'), KEY_WAIT_MS);
    if (note) {
      note.focus();
    }
  } else {
    input.focus({preventScroll: true});
  }
}

// A reviewer keeps a pace: keys pressed while the next record still loads wait for it, in order.
let keys = Promise.resolve();
function enqueue(action) {
  keys = keys.then(action).catch(() => undefined);
}

document.addEventListener('keydown', event => {
  if (!(current || opening) || event.altKey || event.metaKey || document.querySelector('.modal.in, .desk-lightbox')) {
    return;
  }
  const typing = event.target.matches('textarea, select, [contenteditable], input:not([type=radio]):not([type=checkbox])');
  if (event.key === 'Enter' && (event.ctrlKey || !typing)) {
    event.preventDefault();
    enqueue(complete);
    return;
  }
  const index = DECISION_KEYS.indexOf(event.key);
  if (!typing && !event.ctrlKey && index >= 0) {
    event.preventDefault();
    enqueue(() => choose(index));
  }
}, true);

// Completar clicked with the mouse: remember the decision too
document.addEventListener('click', event => {
  if (current && event.target.closest('.task-card .form-actions button.btn-primary')) {
    sentDecision = chosenDecision();
  }
}, true);

// ---------- images full size ----------

document.addEventListener('click', event => {
  const image = event.target.closest('.desk-task .task-card img.fjs-image');
  if (image) {
    const box = document.createElement('div');
    box.className = 'desk-lightbox';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', image.alt || 'Imagen');
    const large = document.createElement('img');
    large.src = image.src;
    large.alt = image.alt;
    box.appendChild(large);
    box.addEventListener('click', () => box.remove());
    document.body.appendChild(box);
    return;
  }
});

document.addEventListener('keydown', event => {
  const box = document.querySelector('.desk-lightbox');
  if (box && (event.key === 'Escape' || event.key === 'Enter')) {
    event.preventDefault();
    event.stopPropagation();
    box.remove();
  }
}, true);

// ---------- Spanish where Camunda left English or a raw key ----------

/** form-js 1.8's validation messages (its Validator), in Spanish. */
const VALIDATION = [
  [/^Field is required\.$/, field => field && field.classList.contains('fjs-form-field-textarea')
    ? 'Describa la inconsistencia: es obligatorio cuando elige «Otra».'
    : 'Elija una opción: este dato es obligatorio.'],
  [/^Field must have minimum length of (\d+)\.$/, (field, n) => `Escriba al menos ${n} caracteres.`],
  [/^Field must have maximum length of (\d+)\.$/, (field, n) => `Escriba a lo más ${n} caracteres.`],
  [/^Field must have minimum value of (\S+)\.$/, (field, n) => `El valor mínimo es ${n}.`],
  [/^Field must have maximum value of (\S+)\.$/, (field, n) => `El valor máximo es ${n}.`],
  [/^Field must match pattern (.+)\.$/, () => 'El dato no tiene la forma esperada.']
];

// The text node itself is rewritten, not replaced: form-js (Preact) keeps it and leaves it alone
// while the message stays the same, and a new message comes back through the observer below.
function translateValidation(root) {
  root.querySelectorAll('.fjs-form-field-error').forEach(error => {
    const walker = document.createTreeWalker(error, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      for (const [pattern, spanish] of VALIDATION) {
        const match = pattern.exec(text);
        if (match) {
          node.nodeValue = spanish(error.closest('.fjs-form-field'), match[1]);
          break;
        }
      }
    }
  });
}

/** The labels of the language Tasklist chose the way Camunda chooses it (config.js's locales). */
const labels = (async () => {
  const conf = (window.camTasklistConf && window.camTasklistConf.locales) || {};
  const available = conf.availableLocales || ['en'];
  const language = (navigator.languages || [navigator.language]).map(tag => tag.substring(0, 2))
    .find(tag => available.includes(tag)) || conf.fallbackLocale || 'en';
  const response = await fetch(`${appBase}locales/${language}.json`, {credentials: 'same-origin'});
  return (await response.json()).labels || {};
})().catch(() => ({}));

const RAW_KEY = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

async function translateRawKeys(root) {
  const known = await labels;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue.trim();
    if (RAW_KEY.test(text) && known[text]) {
      node.nodeValue = node.nodeValue.replace(text, known[text]);
    }
  }
  root.querySelectorAll('[placeholder]').forEach(input => {
    const key = input.getAttribute('placeholder');
    if (RAW_KEY.test(key) && known[key]) {
      input.setAttribute('placeholder', known[key]);
    }
  });
}

let pending = false;
new MutationObserver(() => {
  if (pending) {
    return;
  }
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    translateValidation(document.body);
    translateRawKeys(document.body);
  });
}).observe(document.documentElement, {childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ['placeholder']});

// ---------- buttons only for whom the engine allows them ----------

/** Camunda's resource types: 7 task, 8 process instance (org.camunda.bpm.engine.authorization.Resources). */
function allowed(permission, resourceType, resourceName) {
  return api(`/authorization/check?permissionName=${permission}&resourceName=${resourceName}&resourceType=${resourceType}`)
    .then(answer => answer.authorized === true)
    .catch(() => false);
}

Promise.all([
  allowed('CREATE', 7, 'Task').then(yes => document.documentElement.classList.toggle('desk-may-create-task', yes)),
  allowed('CREATE', 8, 'ProcessInstance').then(yes => document.documentElement.classList.toggle('desk-may-start-process', yes))
]).then(() => document.documentElement.classList.add('desk-permissions-known'));

followHash();

export default [];
