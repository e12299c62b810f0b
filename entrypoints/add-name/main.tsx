import { render } from 'preact';
import { startExtensionPage } from '../../lib/extension-page';
import '../../lib/extension-page/page.css';
import { t } from '../../lib/i18n';
import App from './App';
import './add-name.css';

startExtensionPage(document);
document.title = t('addNameDocTitle');
const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
