import { render } from 'preact';
import { App } from './App';
import './popup.css';

render(<App params={new URLSearchParams(location.search)} />, document.getElementById('app')!);
