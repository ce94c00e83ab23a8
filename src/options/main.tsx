import { render } from 'preact';
import { browserTranslate } from '../platform/popup-source';
import { readSettings, writeSettings } from '../platform/settings-store';
import { Options } from './Options';
import '../popup/popup.css';
import './options.css';

document.title = browserTranslate('optTitle');
const root = document.getElementById('app');
if (root) render(<Options source={{ load: readSettings, save: writeSettings }} t={browserTranslate} />, root);
