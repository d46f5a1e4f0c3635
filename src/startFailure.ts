// What the page says when the app cannot start (its code not fetched, or its start failing): the prerendered screen
// stays readable, and the reader is told that its controls do nothing and what to do.

export function showStartFailure(): void {
  if (document.getElementById('start-failure')) return;
  const english = document.documentElement.lang.startsWith('en');
  const note = document.createElement('p');
  note.id = 'start-failure';
  note.setAttribute('role', 'alert');
  note.className = 'message message-problem';
  note.textContent = english
    ? 'The dashboard’s code could not be loaded: the tables can be read, but its buttons and filters do nothing. Check the connection and reload the page.'
    : '看板的程序没能载入：表格可以阅读，但按钮和筛选不起作用。请检查网络后刷新页面。';
  document.body.prepend(note);
  // The screen the build rendered is shown even when it was held back for the app to replace it ('true' is kept for
  // an app that is live).
  document.documentElement.dataset.ready = 'failed';
}
