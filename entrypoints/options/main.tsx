// Settings: highlighting, sensitivity and paused sites. Each change is saved at once.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { loadSettings, updateSettings, watchSettings } from '@/utils/browser/settings-store';
import { DEFAULT_SETTINGS, SENSITIVITIES, siteKey, withSitePaused, type Settings } from '@/utils/settings';
import './options.css';

function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [site, setSite] = useState('');
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const save = async (change: (s: Settings) => Settings) => {
    setSettings(await updateSettings(change));
    setSaved(t('optSaved'));
    setTimeout(() => setSaved(''), 2000);
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const key = siteKey(site);
    if (!key || (!key.includes('.') && key !== 'localhost')) return setError(t('optPausedInvalid'));
    setError('');
    setSite('');
    void save((s) => withSitePaused(s, `https://${key}/`, true));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>

      <section aria-labelledby="opt-highlight">
        <h2 id="opt-highlight">{t('optHighlightTitle')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.highlight}
            onChange={(e) => void save((s) => ({ ...s, highlight: (e.target as HTMLInputElement).checked }))}
            data-setting="highlight"
            aria-describedby="opt-highlight-help"
          />
          {t('optHighlight')}
        </label>
        <p id="opt-highlight-help" class="muted">
          {t('optHighlightHelp')}
        </p>
      </section>

      <section>
        <fieldset>
          <legend>
            <h2>{t('optSensitivityTitle')}</h2>
          </legend>
          {SENSITIVITIES.map((level) => (
            <label class="check" key={level}>
              <input
                type="radio"
                name="sensitivity"
                value={level}
                checked={settings.sensitivity === level}
                onChange={() => void save((s) => ({ ...s, sensitivity: level }))}
                data-setting={`sensitivity-${level}`}
              />
              {t(`sensitivity_${level}`)}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="opt-paused">
        <h2 id="opt-paused">{t('optPausedTitle')}</h2>
        <p class="muted">{t('optPausedHelp')}</p>
        {settings.pausedSites.length === 0 ? (
          <p class="muted">{t('optPausedNone')}</p>
        ) : (
          <ul class="sites">
            {settings.pausedSites.map((s) => (
              <li key={s}>
                <span dir="ltr">{s}</span>
                <button
                  type="button"
                  class="button"
                  aria-label={t('optResumeLabel', s)}
                  onClick={() => void save((x) => ({ ...x, pausedSites: x.pausedSites.filter((p) => p !== s) }))}
                >
                  {t('optResume')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="add" onSubmit={addSite}>
          <label for="site-input">{t('optPausedAddLabel')}</label>
          <input
            id="site-input"
            type="text"
            inputMode="url"
            placeholder="example.com"
            value={site}
            onInput={(e) => setSite((e.target as HTMLInputElement).value)}
            aria-invalid={!!error}
            aria-describedby="site-error"
          />
          <button type="submit" class="button">
            {t('optPausedAdd')}
          </button>
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        </form>
      </section>
      <p class="saved" role="status" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
