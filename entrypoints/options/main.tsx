import { render } from 'preact';
import { t } from '@/components/i18n';

function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
