import { render } from 'preact';
import { startExtensionPage } from '../../lib/extension-page';
import '../../lib/extension-page/page.css';
import { t } from '../../lib/i18n';
import App from './App';
import './welcome.css';

startExtensionPage(document);
document.title = t('welcomeDocTitle');
const root = document.getElementById('app');
if (root) render(<App />, root);
