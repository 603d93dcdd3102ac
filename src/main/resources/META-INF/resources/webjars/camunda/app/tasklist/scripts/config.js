// Replaces the Camunda webjar's app/tasklist/scripts/config.js (this file comes first on the
// classpath). Reviewers, the audiencia and the help desk work in Spanish: Tasklist takes the
// browser's first language when it is listed in availableLocales, and any other language falls
// back to Spanish; an English browser still gets Camunda's own English.
// customScripts: desk.js makes Tasklist the control desk's review desk (see the README's control
// desk section). The shortcuts are the webjar's defaults, described in Spanish, less «start a
// process»: the button is shown only to whom the engine allows it (desk.js), the shortcut would
// open its dialog for anyone.
export default {
  customScripts: ['scripts/desk.js'],
  locales: {
    availableLocales: ['es', 'en'],
    fallbackLocale: 'es'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'reclama la tarea seleccionada'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'pone el foco en el primer filtro de la lista'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'pone el foco en la primera tarea de la lista'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'pone el foco en el primer campo del formulario de la tarea'
    }
  }
};
