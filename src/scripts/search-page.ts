/** Placeholder replaced by the search work: shows that the page's script runs. */
export function startSearch(): void {
  const app = document.getElementById('search-app');
  if (app) app.hidden = false;
}
