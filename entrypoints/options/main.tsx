import { render } from 'preact';
import { startExtensionPage } from '../../lib/extension-page';
import '../../lib/extension-page/page.css';
import App from './App';
import './options.css';

startExtensionPage(document);
const root = document.getElementById('app');
if (root) render(<App />, root);
