// Replaces the Camunda webjar's app/welcome/scripts/config.js (whose settings are all commented
// out): the Welcome app and its profile page speak Spanish like Tasklist, English for an
// English browser (see app/tasklist/scripts/config.js).
export default {
  locales: {
    availableLocales: ['es', 'en'],
    fallbackLocale: 'es'
  }
};
