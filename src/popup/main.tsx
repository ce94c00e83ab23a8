import { render } from 'preact';
import { browserPopupSource, browserTranslate } from '../platform/popup-source';
import { App } from './App';
import './popup.css';

document.title = browserTranslate('popupTitle');
const root = document.getElementById('app');
if (root) render(<App source={browserPopupSource(location.href)} t={browserTranslate} />, root);
