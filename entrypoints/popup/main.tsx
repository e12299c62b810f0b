import { render } from 'preact';
import { startExtensionPage } from '../../lib/extension-page';
import '../../lib/extension-page/page.css';
import App from './App';
import './popup.css';

startExtensionPage(document);
const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
// Opened as a tab (context menu fallback, card link): use the page width, not the popup's.
if (new URLSearchParams(location.search).has('q')) document.documentElement.dataset.tab = 'true';
const root = document.getElementById('app');
if (root) render(<App initialQuery={initialQuery} />, root);
